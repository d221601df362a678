import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobPriority } from '@navet/queue';
import { aggregateIdOf, OutboxEvent } from './outbox-events';

/** Writes outbox rows inside the caller's transaction; never talks to Redis. */
@Injectable()
export class OutboxWriter {
  async add(em: EntityManager, ...events: OutboxEvent[]): Promise<void> {
    if (events.length === 0) return;
    const values: unknown[] = [];
    const rows = events.map((e, i) => {
      values.push(e.type, aggregateIdOf(e), JSON.stringify(e.payload), e.priority ?? JobPriority.Interactive);
      return `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}::jsonb, $${i * 4 + 4})`;
    });
    await em.query(`INSERT INTO outbox (event_type, aggregate_id, payload, priority) VALUES ${rows.join(', ')}`, values);
    // Wakes the relay at once instead of at its next poll; delivered only if the transaction commits.
    await em.query(`SELECT pg_notify('navet_outbox', '')`);
  }
}
