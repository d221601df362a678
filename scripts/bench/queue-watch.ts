import { Queue } from 'bullmq';
import { pendingOutboxCount } from '@navet/outbox';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { QUEUE_NAMES, QueueName } from '@navet/queue';

export interface WaitIdleOptions {
  /** Queues that must be empty; all by default. */
  queues?: readonly QueueName[];
  timeoutMs: number;
  label: string;
  pollMs?: number;
}

/**
 * The reference machine's PostgreSQL runs with autovacuum off: while the worker fills the
 * matches and outbox tables, the watch analyzes the database as autovacuum would (every minute),
 * so plans are not made for the empty tables of the start.
 */
const ANALYZE_EVERY_MS = 60_000;

/** Watches the run's outbox and BullMQ queues from outside the worker. */
export class QueueWatch {
  private readonly connection: Redis;
  private readonly queues: Map<QueueName, Queue>;

  constructor(
    redisUrl: string,
    prefix: string,
    private readonly ds: DataSource,
  ) {
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.queues = new Map(QUEUE_NAMES.map((n) => [n, new Queue(n, { connection: this.connection, prefix })]));
  }

  async outboxPending(): Promise<number> {
    return pendingOutboxCount(this.ds);
  }

  /** Jobs not yet finished per queue (waiting, prioritized, delayed, active). */
  async busy(names: readonly QueueName[] = QUEUE_NAMES): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const name of names) {
      const c = await this.queues.get(name)!.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
      out[name] = (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.delayed ?? 0) + (c.active ?? 0);
    }
    return out;
  }

  async failed(): Promise<number> {
    let n = 0;
    for (const q of this.queues.values()) n += (await q.getJobCounts('failed')).failed ?? 0;
    return n;
  }

  /**
   * Resolves with the milliseconds until the outbox and the given queues are empty at the same
   * time; prints progress every 10 s and throws after `timeoutMs` naming what is still pending.
   */
  async waitIdle(opts: WaitIdleOptions): Promise<number> {
    const started = performance.now();
    let lastReport = started;
    let lastAnalyze = started;
    for (;;) {
      const outbox = await this.outboxPending();
      const busy = await this.busy(opts.queues);
      const pending = outbox + Object.values(busy).reduce((a, b) => a + b, 0);
      const now = performance.now();
      if (pending === 0) return now - started;
      const status = `outbox=${outbox} ${Object.entries(busy)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`;
      if (now - started > opts.timeoutMs) throw new Error(`${opts.label}: not idle after ${opts.timeoutMs / 1000} s (${status})`);
      if (now - lastAnalyze > ANALYZE_EVERY_MS) {
        await this.ds.query('ANALYZE');
        lastAnalyze = performance.now();
      }
      if (now - lastReport > 10_000) {
        console.log(`[bench] ${opts.label}: ${Math.round((now - started) / 1000)} s, pending ${status}`);
        lastReport = now;
      }
      await new Promise((r) => setTimeout(r, opts.pollMs ?? 100));
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}
