import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobProducer } from '@navet/queue';
import { routeEvents, StoredOutboxEvent } from './outbox-events';

interface OutboxRow {
  id: string;
  event_type: StoredOutboxEvent['type'];
  payload: Record<string, string>;
  priority: number;
  created_at: Date;
}

/**
 * Moves committed outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * relays can run; a crash before the commit leaves rows unpublished and they are sent again, which
 * deterministic job ids absorb.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    private readonly ds: DataSource,
    private readonly producer: JobProducer,
  ) {}

  /** Relays one batch; returns how many rows were published. */
  async relayBatch(limit = 500): Promise<number> {
    return this.ds.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, event_type, payload, priority, created_at FROM outbox
          WHERE published_at IS NULL ORDER BY priority, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      const jobs = routeEvents(
        rows.map((r) => ({
          id: String(r.id),
          type: r.event_type,
          payload: r.payload,
          priority: r.priority,
          createdAt: r.created_at,
        })),
      );
      await this.producer.enqueueMany(jobs);
      await em.query(`UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      this.logger.debug({ rows: rows.length, jobs: jobs.length }, 'outbox relayed');
      return rows.length;
    });
  }

  /** Relays until nothing is pending (used by tests and at worker start). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayBatch();
      total += n;
      if (n === 0) return total;
    }
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`);
    return (row as { n: number }).n;
  }
}
