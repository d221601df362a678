import type { Queryable } from '@navet/database';
import { confirmationHash, newConfirmationToken, unconfirmedExpiryCutoff } from '../domain/email-confirmation';

/** UPDATE/DELETE … RETURNING as plain rows (TypeORM answers those with [rows, count] otherwise). */
const changedRows = <T>(db: Queryable, sql: string, params: unknown[]): Promise<T[]> =>
  db.query(`WITH changed AS (${sql}) SELECT * FROM changed`, params);

/** What the confirmation e-mail needs: read and issued in one statement, by the worker at send time. */
export interface EmailConfirmationIssue {
  email: string;
  preferredLanguage: string;
  token: string;
}

/**
 * A fresh token for a user whose address is not confirmed yet (null when confirmed or gone). A new
 * token replaces the previous one: only the latest e-mail's link works.
 */
export async function issueEmailConfirmation(db: Queryable, userId: string): Promise<EmailConfirmationIssue | null> {
  const token = newConfirmationToken();
  const rows: { email: string; preferredLanguage: string }[] = await changedRows(
    db,
    `UPDATE users SET email_confirmation_hash = $2
      WHERE id = $1 AND email_confirmed_at IS NULL
      RETURNING email, preferred_language AS "preferredLanguage"`,
    [userId, confirmationHash(token)],
  );
  const row = rows[0];
  return row ? { ...row, token } : null;
}

/** Confirms the address the token was sent to; single use. The user's id, or null for an unknown or used token. */
export async function confirmEmailByToken(db: Queryable, token: string, now: Date): Promise<string | null> {
  const rows: { id: string }[] = await changedRows(
    db,
    `UPDATE users SET email_confirmed_at = $2, email_confirmation_hash = NULL, updated_at = $2
      WHERE email_confirmation_hash = $1 AND email_confirmed_at IS NULL
      RETURNING id`,
    [confirmationHash(token), now],
  );
  return rows[0]?.id ?? null;
}

/** Per organization: whether its first user (the one who registered it) has confirmed their address. */
export async function registrantEmailConfirmed(db: Queryable, organizationIds: readonly string[]): Promise<Map<string, boolean>> {
  if (organizationIds.length === 0) return new Map();
  const rows: { organizationId: string; confirmed: boolean }[] = await db.query(
    `SELECT DISTINCT ON (organization_id) organization_id AS "organizationId", email_confirmed_at IS NOT NULL AS confirmed
       FROM users WHERE organization_id = ANY($1::uuid[]) ORDER BY organization_id, created_at, id`,
    [[...new Set(organizationIds)]],
  );
  return new Map(rows.map((r) => [r.organizationId, r.confirmed]));
}

export interface ExpiryOutcome {
  /** Accounts removed, with their organization when it had no other user. */
  deletedUsers: number;
  deletedOrganizations: number;
  /** Expired accounts kept because rows elsewhere refer to them (see below). */
  kept: number;
}

/**
 * Removes accounts whose address was not confirmed within `days` of registering, and their
 * organization when it has no other user. Only accounts nothing else refers to: each removal runs
 * under a savepoint, and a foreign key from any other table (a need, a profile, a notification, a
 * question...) refuses it, so no data of anyone is lost and no other lib's table is named here.
 * Those accounts are kept (counted); the admin sees them as unconfirmed. Admins never expire.
 */
export async function expireUnconfirmedAccounts(
  /** A transaction (savepoints need one). */
  db: Queryable,
  now: Date,
  days: number,
  limit = 500,
): Promise<ExpiryOutcome> {
  const expired: { id: string; organizationId: string }[] = await db.query(
    `SELECT id, organization_id AS "organizationId" FROM users
      WHERE email_confirmed_at IS NULL AND role <> 'ADMIN' AND created_at < $1
      ORDER BY created_at LIMIT $2`,
    [unconfirmedExpiryCutoff(now, days), limit],
  );
  const outcome: ExpiryOutcome = { deletedUsers: 0, deletedOrganizations: 0, kept: 0 };
  for (const u of expired) {
    await db.query('SAVEPOINT expire_account');
    try {
      await db.query('DELETE FROM users WHERE id = $1 AND email_confirmed_at IS NULL', [u.id]);
      const orgs: unknown[] = await changedRows(
        db,
        `DELETE FROM organizations o WHERE o.id = $1 AND o.kind <> 'PLATFORM'
           AND NOT EXISTS (SELECT 1 FROM users WHERE organization_id = o.id) RETURNING o.id`,
        [u.organizationId],
      );
      await db.query('RELEASE SAVEPOINT expire_account');
      outcome.deletedUsers++;
      outcome.deletedOrganizations += orgs.length;
    } catch (e) {
      if ((e as { code?: string }).code !== '23503') throw e; // foreign_key_violation: something refers to it
      await db.query('ROLLBACK TO SAVEPOINT expire_account');
      outcome.kept++;
    }
  }
  return outcome;
}
