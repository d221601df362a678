import type { Queryable } from '@navet/database';
import type { OrganizationKind, Role } from '../domain/identity';
import { organizationNumberOrNull } from '../domain/organization-number';

/** Lean reads of organizations and users for other libs (they never name these tables). */

export interface OrganizationUser {
  userId: string;
  organizationId: string;
  email: string;
  preferredLanguage: string;
  role: Role;
}

const USER_COLUMNS = `id AS "userId", organization_id AS "organizationId", email, preferred_language AS "preferredLanguage", role`;

/** Organization id -> name for the given ids (missing ids are absent). */
export async function organizationNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await db.query(`SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`, [
    unique,
  ]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every user of the given organizations, oldest first. */
export function usersOfOrganizations(db: Queryable, organizationIds: readonly string[]): Promise<OrganizationUser[]> {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${USER_COLUMNS} FROM users WHERE organization_id = ANY($1::uuid[]) ORDER BY created_at, id`, [
    [...new Set(organizationIds)],
  ]);
}

export function usersByIds(db: Queryable, ids: readonly string[]): Promise<OrganizationUser[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
}

/**
 * The contact e-mail of each organization: the preferred user when that user belongs to it, else
 * the organization's first user. Keyed by `${organizationId}:${preferredUserId}` (see contactKey).
 */
export async function contactEmails(
  db: Queryable,
  wanted: readonly { organizationId: string; preferredUserId: string | null }[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (wanted.length === 0) return out;
  const users = await usersOfOrganizations(
    db,
    wanted.map((w) => w.organizationId),
  );
  for (const w of wanted) {
    const own = users.filter((u) => u.organizationId === w.organizationId);
    const pick = own.find((u) => u.userId === w.preferredUserId) ?? own[0];
    if (pick) out.set(contactKey(w.organizationId, w.preferredUserId), pick.email);
  }
  return out;
}

export const contactKey = (organizationId: string, preferredUserId: string | null): string =>
  `${organizationId}:${preferredUserId ?? ''}`;

/** Whether a user with this e-mail exists (case-insensitive). */
export async function userEmailExists(db: Queryable, email: string): Promise<boolean> {
  const rows: unknown[] = await db.query('SELECT 1 FROM users WHERE lower(email) = $1', [email.toLowerCase()]);
  return rows.length > 0;
}

export interface StoredOrganization {
  id: string;
  kind: OrganizationKind;
  verified: boolean;
  countryCode: string;
  organizationNumber: string | null;
  name: string;
}

const ORG_COLUMNS = `id, kind, verified, country_code AS "countryCode", organization_number AS "organizationNumber", name`;

/** Stored organizations holding any of these (country, organization number) pairs, in any spelling. */
export function organizationsByNumber(
  db: Queryable,
  given: readonly { countryCode: string; organizationNumber: string }[],
): Promise<StoredOrganization[]> {
  const pairs = given.flatMap((p) => {
    const organizationNumber = organizationNumberOrNull(p.countryCode, p.organizationNumber);
    return organizationNumber ? [{ countryCode: p.countryCode, organizationNumber }] : [];
  });
  if (pairs.length === 0) return Promise.resolve([]);
  return db.query(
    `SELECT ${ORG_COLUMNS} FROM organizations
      WHERE (country_code, organization_number) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [pairs.map((p) => p.countryCode), pairs.map((p) => p.organizationNumber)],
  );
}

/** Stored buyer organizations with any of these names (case-insensitive) per country, newest first. */
export function buyersByName(
  db: Queryable,
  names: readonly { countryCode: string; name: string }[],
): Promise<StoredOrganization[]> {
  if (names.length === 0) return Promise.resolve([]);
  return db.query(
    `SELECT ${ORG_COLUMNS} FROM organizations WHERE kind = 'PUBLIC_BUYER'
       AND (country_code, lower(name)) IN (SELECT c, lower(n) FROM unnest($1::text[], $2::text[]) AS t(c, n))
     ORDER BY created_at DESC`,
    [names.map((o) => o.countryCode), names.map((o) => o.name)],
  );
}

/** Every (country, organization number) in use, as `country|number`. */
export async function takenOrganizationNumbers(db: Queryable): Promise<Set<string>> {
  const rows: { countryCode: string; organizationNumber: string }[] = await db.query(
    `SELECT country_code AS "countryCode", organization_number AS "organizationNumber" FROM organizations
      WHERE organization_number IS NOT NULL`,
  );
  return new Set(rows.map((r) => `${r.countryCode}|${r.organizationNumber}`));
}

export function organizationsByIds(db: Queryable, ids: readonly string[]): Promise<StoredOrganization[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${ORG_COLUMNS} FROM organizations WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
}
