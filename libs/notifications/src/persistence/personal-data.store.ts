import type { Db } from './sql';

/** GDPR export and erasure of a user's notification data (docs/privacy.md). */

export interface NotificationPersonalData {
  notifications: object[];
  preferences: object | null;
  savedSearches: object[];
  /** Deliveries addressed to the user: what was sent when, never the payload or a secret. */
  deliveries: object[];
}

export async function notificationPersonalData(db: Db, userId: string): Promise<NotificationPersonalData> {
  // One after the other: the caller's transaction runs on one connection.
  const notifications: object[] = await db.query(
    `SELECT id, type, title, body, need_id AS "needId", match_id AS "matchId", created_at AS "createdAt", read_at AS "readAt"
       FROM notifications WHERE user_id = $1 ORDER BY created_at, id`,
    [userId],
  );
  // The unsubscribe token is a credential, not data about the user: left out.
  const preferences: object[] = await db.query(
    `SELECT email, daily_match_cap AS "dailyMatchCap" FROM notification_preferences WHERE user_id = $1`,
    [userId],
  );
  const savedSearches: object[] = await db.query(
    `SELECT id, name, query, cpv_prefixes AS "cpvPrefixes", region_codes AS "regionCodes", focus_areas AS "focusAreas",
            created_at AS "createdAt"
       FROM saved_searches WHERE user_id = $1 ORDER BY created_at, id`,
    [userId],
  );
  const deliveries: object[] = await db.query(
    `SELECT id, channel, event_type AS "eventType", status, sent_at AS "sentAt", created_at AS "createdAt"
       FROM deliveries WHERE user_id = $1 ORDER BY created_at, id`,
    [userId],
  );
  return { notifications, preferences: preferences[0] ?? null, savedSearches, deliveries };
}

/**
 * Erasure: the user's notifications, e-mail deliveries, preferences (with the unsubscribe token) and
 * saved searches are deleted. An organization's webhook delivery that points at one of the user's
 * notifications keeps its own payload and only loses that pointer. A pending e-mail delivery's job
 * later finds no row and does nothing.
 */
export async function eraseNotificationData(db: Db, userId: string): Promise<void> {
  const own = `SELECT id FROM notifications WHERE user_id = $1`;
  await db.query(`DELETE FROM deliveries WHERE user_id = $1`, [userId]);
  await db.query(`UPDATE deliveries SET notification_id = NULL WHERE notification_id IN (${own})`, [userId]);
  await db.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
  await db.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [userId]);
  await db.query(`DELETE FROM saved_searches WHERE user_id = $1`, [userId]);
}

/** Removal of an abandoned organization: its webhook (URL and secret) and the deliveries to it. */
export async function eraseOrganizationNotificationData(db: Db, organizationId: string): Promise<void> {
  await db.query(`DELETE FROM deliveries WHERE organization_id = $1`, [organizationId]);
  await db.query(`DELETE FROM organization_webhooks WHERE organization_id = $1`, [organizationId]);
}
