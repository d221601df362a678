import type { Queryable } from '@navet/database';
import type { StoredSession } from '../domain/session';

/** The `sessions` table: one row per access token issued; revoking a row kills its token. */

export async function insertSession(db: Queryable, s: { id: string; userId: string; expiresAt: Date; now: Date }): Promise<void> {
  await db.query(`INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`, [
    s.id,
    s.userId,
    s.now,
    s.expiresAt,
  ]);
  // Housekeeping on the user's own rows (indexed), so expired sessions do not pile up without a sweeper.
  await db.query(`DELETE FROM sessions WHERE user_id = $1 AND expires_at < $2`, [s.userId, s.now]);
}

/** The per-request check: one primary-key lookup joined to the user. */
export async function storedSession(db: Queryable, sessionId: string): Promise<StoredSession | null> {
  const rows: StoredSession[] = await db.query(
    `SELECT s.user_id AS "userId", u.organization_id AS "organizationId", u.role, s.expires_at AS "expiresAt",
            s.revoked_at AS "revokedAt", u.erased_at AS "userErasedAt"
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1`,
    [sessionId],
  );
  return rows[0] ?? null;
}

export async function revokeSession(db: Queryable, sessionId: string, now: Date): Promise<void> {
  await db.query(`UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, now]);
}

/** Revokes every live session of the user except `keep` (null: all of them). */
export async function revokeUserSessions(db: Queryable, userId: string, keep: string | null, now: Date): Promise<void> {
  await db.query(
    `UPDATE sessions SET revoked_at = $3
      WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [userId, keep, now],
  );
}
