import { randomBytes } from 'node:crypto';
import { DEFAULT_DAILY_MATCH_CAP } from '../domain/notification';
import { Db, selectRows } from './sql';

export interface PreferenceRow {
  userId: string;
  email: boolean;
  dailyMatchCap: number;
}

export const newUnsubscribeToken = (): string => randomBytes(32).toString('hex');

/** Creates default preference rows (each with its own unsubscribe token) for users who have none. */
export async function ensurePreferences(db: Db, userIds: readonly string[]): Promise<void> {
  if (!userIds.length) return;
  await db.query(
    `INSERT INTO notification_preferences (user_id, email, daily_match_cap, unsubscribe_token)
     SELECT u, true, $3, t FROM unnest($1::uuid[], $2::text[]) AS x (u, t)
     ON CONFLICT (user_id) DO NOTHING`,
    [userIds, userIds.map(() => newUnsubscribeToken()), DEFAULT_DAILY_MATCH_CAP],
  );
}

/**
 * Locks the users' preference rows for the transaction: two plans for the same user then count
 * today's matches one after the other, so the cap cannot be overrun by a race.
 */
export async function lockPreferences(db: Db, userIds: readonly string[]): Promise<Map<string, PreferenceRow>> {
  await ensurePreferences(db, userIds);
  const rows = await selectRows<PreferenceRow>(
    db,
    `SELECT user_id AS "userId", email, daily_match_cap AS "dailyMatchCap" FROM notification_preferences
     WHERE user_id = ANY($1::uuid[]) ORDER BY user_id FOR UPDATE`,
    [userIds],
  );
  return new Map(rows.map((r) => [r.userId, r]));
}

export async function readPreferences(db: Db, userId: string): Promise<PreferenceRow> {
  const [row] = await selectRows<PreferenceRow>(
    db,
    `SELECT user_id AS "userId", email, daily_match_cap AS "dailyMatchCap" FROM notification_preferences WHERE user_id = $1`,
    [userId],
  );
  return row ?? { userId, email: true, dailyMatchCap: DEFAULT_DAILY_MATCH_CAP };
}
