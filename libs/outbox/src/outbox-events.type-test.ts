/**
 * Compile-time checks, run by `npm run typecheck` (never built, never executed): an outbox event
 * cannot carry another event type's payload, and routing reads typed payload fields.
 */
import type { EntityManager } from 'typeorm';
import type { OutboxEvent, StoredOutboxEvent } from './outbox-events';
import type { OutboxWriter } from './outbox.writer';

declare const writer: OutboxWriter;
declare const em: EntityManager;
declare const stored: StoredOutboxEvent;

export const events: OutboxEvent[] = [
  { type: 'need.published', payload: { needId: 'n1' } },
  { type: 'need.compute-requested', payload: { needId: 'n1', cause: 'v2' } },
  // @ts-expect-error a need event cannot carry a supplier payload
  { type: 'need.published', payload: { supplierId: 's1' } },
  // @ts-expect-error a compute request names its cause
  { type: 'need.compute-requested', payload: { needId: 'n1' } },
];

export async function writeCases(): Promise<void> {
  // @ts-expect-error the writer checks each event against its own type
  await writer.add(em, { type: 'delivery.created', payload: { matchId: 'm1' } });
}

export function readCases(): string {
  if (stored.type === 'delivery.stalled') return stored.payload.deliveryId;
  // @ts-expect-error before narrowing by type, no event's fields are known
  return stored.payload.needId;
}
