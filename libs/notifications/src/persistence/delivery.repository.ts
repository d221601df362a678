import type { WebhookEvent } from '../domain/notification';
import { changedRows, Db, selectRows } from './sql';

export type DeliveryChannel = 'EMAIL' | 'WEBHOOK';
export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';

export interface DeliveryRow {
  id: string;
  channel: DeliveryChannel;
  notificationId: string | null;
  organizationId: string | null;
  userId: string | null;
  eventType: string;
  /** Digests list their notifications; a password reset e-mail names its reset (an id, never the token). */
  payload: Partial<WebhookEvent> & { notificationIds?: string[]; passwordResetId?: string };
  status: DeliveryStatus;
  attempts: number;
}

export interface NewDelivery {
  id: string;
  deliveryKey: string;
  channel: DeliveryChannel;
  notificationId: string | null;
  organizationId: string | null;
  userId: string | null;
  eventType: string;
  eventKey: string | null;
  payload: object;
}

/** Inserts unless the key exists; true when this call created the row. */
export async function insertDelivery(db: Db, d: NewDelivery): Promise<boolean> {
  const rows = await selectRows<{ id: string }>(
    db,
    `INSERT INTO deliveries (id, delivery_key, channel, notification_id, organization_id, user_id, event_type, event_key, payload)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
    [
      d.id,
      d.deliveryKey,
      d.channel,
      d.notificationId,
      d.organizationId,
      d.userId,
      d.eventType,
      d.eventKey,
      JSON.stringify(d.payload),
    ],
  );
  return rows.length === 1;
}

export async function stalePendingDeliveryIds(db: Db, olderThan: Date, limit: number): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    db,
    `SELECT id FROM deliveries WHERE status = 'PENDING' AND created_at < $1 ORDER BY created_at LIMIT $2`,
    [olderThan, limit],
  );
  return rows.map((r) => r.id);
}

/** Locks the row for the send: a second run of the same job waits and then sees the final status. */
export async function lockDelivery(db: Db, id: string): Promise<DeliveryRow | null> {
  const [row] = await selectRows<DeliveryRow>(
    db,
    `SELECT id, channel, notification_id AS "notificationId", organization_id AS "organizationId", user_id AS "userId",
       event_type AS "eventType", payload, status, attempts
     FROM deliveries WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return row ?? null;
}

export async function markDelivered(
  db: Db,
  id: string,
  status: 'SENT' | 'SKIPPED',
  reason: string | null,
  now: Date,
): Promise<void> {
  await changedRows(
    db,
    `UPDATE deliveries SET status = $2, attempts = attempts + 1, last_error = $3, sent_at = CASE WHEN $2 = 'SENT' THEN $4::timestamptz END
     WHERE id = $1 RETURNING id`,
    [id, status, reason, now],
  );
}

/** One failed attempt; the last one makes the delivery FAILED for good. */
export async function markAttemptFailed(db: Db, id: string, error: string, final: boolean): Promise<void> {
  await changedRows(
    db,
    `UPDATE deliveries SET attempts = attempts + 1, last_error = $2, status = CASE WHEN $3 THEN 'FAILED' ELSE status END
     WHERE id = $1 RETURNING id`,
    [id, error.slice(0, 500), final],
  );
}
