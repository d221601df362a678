/**
 * Growing delays instead of lockouts: a wrong password never locks an account for everyone. Each
 * (account, IP) pair and each IP counts its consecutive failures; past the free ones the next
 * attempt from there waits, twice as long after every further failure, up to a maximum. Someone
 * else signing in to the same account from another address is not slowed by it. Pure: no I/O.
 */
export interface ThrottlePolicy {
  /** Consecutive failures that cost nothing; the failure that reaches this number starts the wait. */
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

/** Seconds the next attempt must wait after `failures` consecutive failures (0 = no wait). */
export function delayAfterFailures(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  // Capped exponent: 2 ** 40 seconds is past any maximum, and keeps the number finite.
  const doublings = Math.min(failures - policy.freeFailures, 40);
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** doublings);
}

/** What a caller that must wait is told: whole seconds, at least one. */
export const retryAfterSeconds = (msBeforeNext: number): number => Math.max(1, Math.ceil(msBeforeNext / 1000));

/** "20 seconds", "3 minutes": the retry hint in the error message. */
export function waitText(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

/**
 * The address a throttle counts: an IPv4 address as it is (also when IPv4-mapped), an IPv6 address
 * by its /64 network, since one subscriber usually holds a whole /64 and could otherwise rotate
 * through 2^64 "addresses". Anything unparsable is counted as written.
 */
export function throttleAddress(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const address = ip.split('%')[0]!.toLowerCase();
  const halves = address.split('::');
  if (halves.length > 2) return address;
  const part = (s: string | undefined) => (s ? s.split(':') : []);
  const head = part(halves[0]);
  const tail = part(halves[1]);
  const groups = halves.length === 2 ? [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail] : head;
  if (groups.length !== 8 || !groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return address;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
