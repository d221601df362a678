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

/** A session with its refresh hash, for POST /auth/refresh and /auth/logout. */
export interface RefreshableSession extends StoredSession {
  refreshHash: Buffer | null;
}

/** The session row locked for this transaction (concurrent refreshes of one session queue up), or null. */
export async function lockedRefreshableSession(db: Queryable, sessionId: string): Promise<RefreshableSession | null> {
  const rows: RefreshableSession[] = await db.query(
    `SELECT s.user_id AS "userId", u.organization_id AS "organizationId", u.role, s.expires_at AS "expiresAt",
            s.revoked_at AS "revokedAt", u.erased_at AS "userErasedAt", s.refresh_hash AS "refreshHash"
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1
        FOR UPDATE OF s`,
    [sessionId],
  );
  return rows[0] ?? null;
}

/** Stores the hash of the session's new refresh value; the previous value is dead from now on. */
export async function setRefreshHash(db: Queryable, sessionId: string, hash: Buffer): Promise<void> {
  await db.query(`UPDATE sessions SET refresh_hash = $2 WHERE id = $1`, [sessionId, hash]);
}
