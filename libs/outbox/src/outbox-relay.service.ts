import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobProducer } from '@navet/queue';
import { pendingOutboxCount } from './outbox.reader';
import { parseStoredEvent, routeEvents, StoredOutboxEvent } from './outbox-events';

interface OutboxRow {
  id: string;
  event_type: string;
  payload: unknown;
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

  /** Relays one batch; returns how many rows were published. Payloads are checked against their type here. */
  async relayBatch(limit = 500): Promise<number> {
    return this.ds.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, event_type, payload, priority, created_at FROM outbox
          WHERE published_at IS NULL ORDER BY priority, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      const events: StoredOutboxEvent[] = [];
      const rejected: { id: string; error: string }[] = [];
      for (const r of rows) {
        try {
          events.push(
            parseStoredEvent({
              id: String(r.id),
              type: r.event_type,
              payload: r.payload,
              priority: r.priority,
              createdAt: r.created_at,
            }),
          );
        } catch (e) {
          rejected.push({ id: String(r.id), error: e instanceof Error ? e.message : String(e) });
        }
      }
      const jobs = routeEvents(events);
      await this.producer.enqueueMany(jobs);
      await em.query(`UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [
        events.map((e) => e.id),
      ]);
      // A row this code cannot route (written by a newer version during a deploy, or malformed) stays unpublished
      // with its error, for a newer relay or a person; it does not hold back the rows behind it.
      for (const { id, error } of rejected) {
        this.logger.error({ outboxId: id, err: error }, 'outbox row not routable; left unpublished');
        await em.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, error.slice(0, 500)]);
      }
      this.logger.debug({ rows: events.length, jobs: jobs.length }, 'outbox relayed');
      return events.length;
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

  pendingCount(): Promise<number> {
    return pendingOutboxCount(this.ds);
  }
}
