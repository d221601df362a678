import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { pendingOutboxCount } from '@navet/outbox';
import { QUEUE_NAMES } from '@navet/queue';

/**
 * A delayed job due later than this is not work in progress: the reconciler's next scheduled run,
 * or a long retry backoff. The pool hand-over (debounced by seconds) and short backoffs are.
 */
export const DUE_SOON_MS = 30_000;
/** Idle this many polls in a row: a job that just finished may be about to have its outbox rows relayed. */
const QUIET_POLLS = 4;
const POLL_MS = 500;
const PROGRESS_EVERY_MS = 15_000;

type DelayedJob = Pick<Job, 'timestamp' | 'delay'>;

export function dueSoon(delayed: readonly DelayedJob[], now: number): number {
  return delayed.filter((j) => j.timestamp + j.delay <= now + DUE_SOON_MS).length;
}

/** `outbox=3 matching=120`, only what is non-zero; '' when nothing is pending. */
export function describePending(pending: Record<string, number>): string {
  return Object.entries(pending)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k}=${n}`)
    .join(' ');
}

export interface SettleOptions {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  timeoutMs: number;
  log: (line: string) => void;
}

/**
 * Waits, from outside the worker, until the outbox is relayed and no queue has work due soon, so
 * `npm start` prints its banner after the seed's indexing, matching and notifications. Resolves
 * with '' once settled, or with what is still pending when `timeoutMs` runs out.
 */
export async function waitUntilSettled(opts: SettleOptions): Promise<string> {
  const db = new Client({ connectionString: opts.databaseUrl });
  await db.connect();
  // pg's Client answers { rows }; the outbox reader wants the rows.
  const outboxDb = { query: async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows };
  const connection = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
  const queues = QUEUE_NAMES.map((name) => new Queue(name, { connection, prefix: opts.queuePrefix }));
  const pending = async (): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    out.outbox = await pendingOutboxCount(outboxDb);
    for (const q of queues) {
      const c = await q.getJobCounts('waiting', 'prioritized', 'active', 'waiting-children');
      const busy = Object.values(c).reduce((a, b) => a + b, 0);
      out[q.name] = busy + dueSoon(await q.getDelayed(), Date.now());
    }
    return out;
  };
  try {
    const started = Date.now();
    let lastProgress = started;
    let quiet = 0;
    for (;;) {
      const status = describePending(await pending());
      quiet = status ? 0 : quiet + 1;
      if (quiet >= QUIET_POLLS) return '';
      const now = Date.now();
      if (now - started > opts.timeoutMs) return status || 'just finished';
      if (status && now - lastProgress >= PROGRESS_EVERY_MS) {
        opts.log(`still indexing and matching (${Math.round((now - started) / 1000)} s): ${status}`);
        lastProgress = now;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
    await db.end();
  }
}
