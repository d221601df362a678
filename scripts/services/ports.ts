import { createServer, Socket } from 'node:net';

/** Asks the kernel for a free TCP port on 127.0.0.1; tries `preferred` first so dev URLs stay stable. */
export async function freePort(preferred?: number): Promise<number> {
  if (preferred !== undefined && (await canListen(preferred, '127.0.0.1'))) return preferred;
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on the port (checked by binding it briefly). */
export function canListen(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Opens a TCP connection, writes `send`, and resolves with the first chunk answered (or null). */
export function tcpExchange(host: string, port: number, send: string, timeoutMs = 1500): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (answer: string | null) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.once('data', (chunk) => done(chunk.toString('utf8')));
    socket.connect(port, host, () => socket.write(send));
  });
}

/**
 * Polls `check` until it returns true. Used only to wait for a freshly started server; gives up when
 * `alive` says the process died (with its own message) or after `timeoutMs`.
 */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  opts: { timeoutMs?: number; intervalMs?: number; alive?: () => string | null } = {},
): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    const dead = opts.alive?.();
    if (dead) throw new Error(`${what}: ${dead}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${Math.round((opts.timeoutMs ?? 30_000) / 1000)} s`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
  }
}
