import type { Queryable } from '@navet/database';
import type { StoredPasswordReset } from '../domain/password-reset';

/** The `password_resets` table. Only ids are stored: the mailed token is an HMAC of the id. */

const COLUMNS = `id, user_id AS "userId", expires_at AS "expiresAt", used_at AS "usedAt"`;

export async function insertPasswordReset(
  db: Queryable,
  r: { id: string; userId: string; expiresAt: Date; now: Date },
): Promise<void> {
  await db.query(`INSERT INTO password_resets (id, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`, [
    r.id,
    r.userId,
    r.now,
    r.expiresAt,
  ]);
}

/** Locks the reset for its one use: a second redemption waits, then finds it used. */
export async function lockPasswordReset(db: Queryable, id: string): Promise<StoredPasswordReset | null> {
  const rows: StoredPasswordReset[] = await db.query(`SELECT ${COLUMNS} FROM password_resets WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] ?? null;
}

/** Uses up every open reset of the user (the redeemed one and any older link still in a mailbox). */
export async function usePasswordResets(db: Queryable, userId: string, now: Date): Promise<void> {
  await db.query(`UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [userId, now]);
}

/** For the mailing job (libs/notifications): the reset, to decide whether a link is still worth sending. */
export async function passwordResetById(db: Queryable, id: string): Promise<StoredPasswordReset | null> {
  const rows: StoredPasswordReset[] = await db.query(`SELECT ${COLUMNS} FROM password_resets WHERE id = $1`, [id]);
  return rows[0] ?? null;
}
