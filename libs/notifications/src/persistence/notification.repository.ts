import type { Notification, NotificationDraft, NotificationType } from '../domain/notification';
import { changedRows, Db, selectRows } from './sql';

const COLUMNS = `id, type, title, body, need_id AS "needId", match_id AS "matchId", created_at AS "createdAt", read_at AS "readAt"`;

/** Stores the draft unless this user already has the event; null when it existed. */
export async function insertNotification(
  db: Db,
  id: string,
  d: NotificationDraft,
  inDigest: boolean,
  now: Date,
  emailHeldUntil: Date | null = null,
): Promise<{ id: string; createdAt: Date } | null> {
  const [row] = await selectRows<{ id: string; createdAt: Date }>(
    db,
    `INSERT INTO notifications (id, user_id, type, title, body, need_id, match_id, event_key, in_digest, created_at, email_held_until)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (user_id, event_key) DO NOTHING RETURNING id, created_at AS "createdAt"`,
    [id, d.userId, d.type, d.title, d.body, d.needId, d.matchId, d.eventKey, inDigest, now, emailHeldUntil],
  );
  return row ?? null;
}

export async function countNewMatchesSince(db: Db, userId: string, since: Date): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    db,
    `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'NEW_MATCH' AND created_at >= $2`,
    [userId, since],
  );
  return row?.n ?? 0;
}

/** NEW_MATCH notifications since `since` that were (or are being) e-mailed: not in the digest, not held. */
export async function countMatchEmailsSince(db: Db, userId: string, since: Date): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    db,
    `SELECT count(*)::int AS n FROM notifications
     WHERE user_id = $1 AND type = 'NEW_MATCH' AND created_at >= $2 AND NOT in_digest AND email_held_until IS NULL`,
    [userId, since],
  );
  return row?.n ?? 0;
}

export interface HeldNotificationRow {
  id: string;
  matchId: string | null;
  eventKey: string;
  createdAt: Date;
}

/** The user's notifications whose e-mail is held until `until` or earlier. */
export function heldNotifications(db: Db, userId: string, until: Date): Promise<HeldNotificationRow[]> {
  return selectRows<HeldNotificationRow>(
    db,
    `SELECT id, match_id AS "matchId", event_key AS "eventKey", created_at AS "createdAt" FROM notifications
     WHERE user_id = $1 AND email_held_until IS NOT NULL AND email_held_until <= $2 ORDER BY created_at, id`,
    [userId, until],
  );
}

/** Ends the hold: e-mailed ones leave the digest out, the others wait for it. */
export async function releaseHeld(db: Db, ids: readonly string[], inDigest: boolean): Promise<void> {
  if (!ids.length) return;
  await db.query(`UPDATE notifications SET email_held_until = NULL, in_digest = $2 WHERE id = ANY($1::uuid[])`, [ids, inDigest]);
}

/** Holds whose release job never came (lost with Redis): their matches wait for the digest. */
export async function releaseStaleHolds(db: Db, before: Date): Promise<void> {
  await db.query(
    `UPDATE notifications SET email_held_until = NULL, in_digest = true WHERE email_held_until IS NOT NULL AND email_held_until < $1`,
    [before],
  );
}

export function listNotifications(db: Db, userId: string, unreadOnly: boolean, first: number): Promise<Notification[]> {
  return selectRows<Notification>(
    db,
    `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 AND ($2::boolean IS false OR read_at IS NULL)
     ORDER BY created_at DESC, id DESC LIMIT $3`,
    [userId, unreadOnly, first],
  );
}

export async function markNotificationsRead(db: Db, userId: string, ids: readonly string[], now: Date): Promise<number> {
  if (!ids.length) return 0;
  const rows = await changedRows<{ id: string }>(
    db,
    `UPDATE notifications SET read_at = $3 WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING id`,
    [userId, ids, now],
  );
  return rows.length;
}

export interface NotificationTextRow {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  needId: string | null;
  matchId: string | null;
}

export function notificationTexts(db: Db, ids: readonly string[]): Promise<NotificationTextRow[]> {
  return selectRows<NotificationTextRow>(
    db,
    `SELECT id, type, title, body, need_id AS "needId", match_id AS "matchId" FROM notifications WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [ids],
  );
}
