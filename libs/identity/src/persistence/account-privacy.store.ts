import type { Queryable } from '@navet/database';
import type { OrganizationKind, Role } from '../domain/identity';

/**
 * The identity side of GDPR export and erasure (docs/privacy.md): the user's own row and their
 * organization, the erasure of the row, and the scheduled removal of an organization left without users.
 */

export interface UserPersonalData {
  id: string;
  email: string;
  name: string;
  role: Role;
  preferredLanguage: string;
  createdAt: Date;
  organization: {
    id: string;
    name: string;
    kind: OrganizationKind;
    organizationNumber: string | null;
    countryCode: string;
    regionCode: string | null;
    website: string | null;
    verified: boolean;
  };
}

/** The user's row and organization, without the password hash. */
export async function userPersonalData(db: Queryable, userId: string): Promise<UserPersonalData | null> {
  const [row] = await db.query(
    `SELECT u.id, u.email, u.name, u.role, u.preferred_language AS "preferredLanguage", u.created_at AS "createdAt",
            json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'organizationNumber', o.organization_number,
              'countryCode', o.country_code, 'regionCode', o.region_code, 'website', o.website,
              'verified', o.verified) AS organization
       FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1`,
    [userId],
  );
  return (row as UserPersonalData | undefined) ?? null;
}

export interface ErasableUser {
  id: string;
  organizationId: string;
  email: string;
  passwordHash: string;
}

/**
 * Locks the user and their organization for an erasure: two colleagues erasing at once are serialised
 * on the organization row, so exactly one of them sees themselves as its last user.
 */
export async function lockUserForErasure(db: Queryable, userId: string): Promise<ErasableUser | null> {
  const [user] = (await db.query(
    `SELECT id, organization_id AS "organizationId", email, password_hash AS "passwordHash" FROM users WHERE id = $1`,
    [userId],
  )) as ErasableUser[];
  if (!user) return null;
  await db.query(`SELECT id FROM organizations WHERE id = $1 FOR UPDATE`, [user.organizationId]);
  const [locked] = (await db.query(
    `SELECT id, organization_id AS "organizationId", email, password_hash AS "passwordHash" FROM users WHERE id = $1 FOR UPDATE`,
    [userId],
  )) as ErasableUser[];
  return locked ?? null;
}

/** Deletes the user row (its old tokens are refused from then on: the token check needs the row). */
export async function deleteUser(db: Queryable, userId: string): Promise<void> {
  await db.query(`DELETE FROM users WHERE id = $1`, [userId]);
}

/** The e-mail of the organization's oldest remaining user, or null when it has none. */
export async function firstUserEmail(db: Queryable, organizationId: string): Promise<string | null> {
  const [row] = (await db.query(`SELECT email FROM users WHERE organization_id = $1 ORDER BY created_at, id LIMIT 1`, [
    organizationId,
  ])) as { email: string }[];
  return row?.email ?? null;
}

/**
 * The organization lost its last user: it is removed once `dueAt` has passed (OrganizationRemoval).
 * Never the operator's own organization: the next NAVET_ADMIN_EMAIL account belongs there.
 */
export async function scheduleOrganizationRemoval(db: Queryable, organizationId: string, dueAt: Date): Promise<void> {
  await db.query(`UPDATE organizations SET removal_due_at = $2, updated_at = now() WHERE id = $1 AND kind <> 'PLATFORM'`, [
    organizationId,
    dueAt,
  ]);
}

/** Organizations whose removal is due at `now` and that still have no user, oldest due first. */
export async function organizationsDueForRemoval(db: Queryable, now: Date, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT o.id FROM organizations o
      WHERE o.removal_due_at <= $1 AND NOT EXISTS (SELECT 1 FROM users u WHERE u.organization_id = o.id)
      ORDER BY o.removal_due_at, o.id LIMIT $2`,
    [now, limit],
  );
  return rows.map((r) => r.id);
}

/**
 * Deletes the organization row unless records other parties keep still name it (a dialogue, a question,
 * a published need: public documents). Then the row stays as that party's name and number (an
 * organization's, not a person's data) and its removal is no longer scheduled. Runs in a savepoint so
 * the refused delete leaves the caller's transaction usable.
 */
export async function deleteOrganizationUnlessReferenced(db: Queryable, organizationId: string): Promise<'deleted' | 'kept'> {
  await db.query(`SAVEPOINT remove_organization`);
  try {
    await db.query(`DELETE FROM organizations WHERE id = $1`, [organizationId]);
    await db.query(`RELEASE SAVEPOINT remove_organization`);
    return 'deleted';
  } catch (e) {
    if ((e as { code?: string }).code !== '23503') throw e;
    await db.query(`ROLLBACK TO SAVEPOINT remove_organization`);
    await db.query(`UPDATE organizations SET removal_due_at = NULL, updated_at = now() WHERE id = $1`, [organizationId]);
    return 'kept';
  }
}
