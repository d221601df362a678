import { Client } from 'pg';
import type { OutboxRelay } from '@navet/outbox';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { OutboxRelayLoop } from './outbox-relay-loop.service';

jest.setTimeout(60_000);

/** Polls `probe` until it returns a value (bounded): state is awaited, never slept on. */
async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('outbox relay loop: the LISTEN connection survives PostgreSQL dropping it (int)', () => {
  let services: IsolatedServices;
  let admin: Client;
  let loop: OutboxRelayLoop;
  let passes = 0;

  /** Backends of the test database listening for outbox notifications. */
  const listeners = async (): Promise<number[]> =>
    (
      await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN navet_outbox' AND pid <> pg_backend_pid()`,
      )
    ).rows.map((r) => r.pid);

  beforeAll(async () => {
    services = await isolatedServices();
    admin = new Client({ connectionString: services.databaseUrl });
    await admin.connect();
    // The relay itself is not under test: each pass is counted. The poll is slowed to ten minutes, so
    // a pass after start-up comes only from a notification (or from the listener's restoration).
    const relay = { drain: async () => void passes++ } as unknown as OutboxRelay;
    loop = new OutboxRelayLoop(services.config({ OUTBOX_POLL_MS: '60000' }), relay);
    await loop.onApplicationBootstrap();
  });
  afterAll(async () => {
    await loop?.onApplicationShutdown();
    await admin?.end();
    await services?.close();
  });

  it('opens a new listener after its backend is terminated, and is woken by NOTIFY through it', async () => {
    const [first] = await until('the first listener', async () => ((await listeners()).length === 1 ? await listeners() : null));
    await admin.query('SELECT pg_terminate_backend($1)', [first]);

    const second = await until('a new listener', async () => {
      const now = await listeners();
      return now.length === 1 && now[0] !== first ? now[0]! : null;
    });
    expect(second).not.toBe(first);

    const before = await until('the passes to settle', async () => {
      const seen = passes;
      await new Promise((r) => setTimeout(r, 100));
      return passes === seen ? seen : null;
    });
    await admin.query('NOTIFY navet_outbox');
    await until('a pass woken by the notification', async () => (passes > before ? passes : null));
  });
});
