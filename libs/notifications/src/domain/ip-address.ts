import { isIPv4, isIPv6 } from 'node:net';

/** Four octets of an IPv4 address. */
function v4Octets(ip: string): number[] {
  return ip.split('.').map(Number);
}

/** Eight 16-bit groups of an IPv6 address (handles "::" and a trailing dotted quad). */
export function ipv6Groups(ip: string): number[] {
  let s = ip;
  const dotted = s.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const [a, b, c, d] = v4Octets(dotted[1]);
    s = `${s.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.split('::');
  const parse = (part: string | undefined): number[] => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const h = parse(head);
  const t = parse(tail);
  const zeros = tail === undefined ? [] : new Array<number>(8 - h.length - t.length).fill(0);
  return [...h, ...zeros, ...t];
}

function forbiddenV4([a, b, c]: number[]): boolean {
  return (
    a === 0 || // "this network", including the unspecified 0.0.0.0
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && c === 0) || // IETF protocol assignments
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  );
}

const embeddedV4 = (g: number[], at: number): number[] => [g[at] >> 8, g[at] & 255, g[at + 1] >> 8, g[at + 1] & 255];

function forbiddenV6(g: number[]): boolean {
  const firstSixZero = g.slice(0, 6).every((x) => x === 0);
  if (firstSixZero) return true; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return forbiddenV4(embeddedV4(g, 6)); // IPv4-mapped
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return forbiddenV4(embeddedV4(g, 6)); // NAT64
  if (g[0] === 0x2002) return forbiddenV4(embeddedV4(g, 1)); // 6to4
  return (
    (g[0] & 0xfe00) === 0xfc00 || // unique-local fc00::/7
    (g[0] & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g[0] & 0xffc0) === 0xfec0 || // deprecated site-local
    (g[0] & 0xff00) === 0xff00 // multicast
  );
}

/**
 * True for addresses a webhook must never reach: private, loopback, link-local, unique-local,
 * unspecified, multicast and reserved ranges, in IPv4, IPv6 and IPv4 embedded in IPv6.
 * Anything that is not an IP address at all is refused too.
 */
export function isForbiddenAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(ip)) return forbiddenV4(v4Octets(ip));
  if (isIPv6(ip)) return forbiddenV6(ipv6Groups(ip));
  return true;
}
