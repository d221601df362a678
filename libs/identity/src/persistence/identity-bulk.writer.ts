import { bulkInsert, Queryable } from '@navet/database';
import type { Organization, Role } from '../domain/identity';
import { organizationNumberOrNull } from '../domain/organization-number';

/**
 * The one bulk path for organizations and users (imports, the demo seed): rows arrive planned by
 * the caller, who also keeps organization numbers unique (organizations_number_uq). Numbers are
 * stored in their normalised spelling; one that is not valid for its country is stored as null (bulk
 * sources such as TED hold many). Runs in the caller's transaction.
 */
export type OrganizationBulkRow = Omit<Organization, 'website' | 'createdAt'>;

export interface UserBulkRow {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  preferredLanguage: string;
}

export async function insertOrganizations(db: Queryable, rows: readonly OrganizationBulkRow[], now: Date): Promise<void> {
  await bulkInsert(db, {
    table: 'organizations',
    columns: ['id', 'name', 'kind', 'organization_number', 'country_code', 'region_code', 'verified', 'verified_at'],
    rows: rows.map((o) => [
      o.id,
      o.name,
      o.kind,
      organizationNumberOrNull(o.countryCode, o.organizationNumber),
      o.countryCode,
      o.regionCode,
      o.verified,
      o.verified ? now : null,
    ]),
  });
}

/** A re-import renames the organization and fills in its region when the source has one. */
export async function renameOrganizations(
  db: Queryable,
  renamed: readonly { id: string; name: string; regionCode: string | null }[],
): Promise<void> {
  if (renamed.length === 0) return;
  await db.query(
    `UPDATE organizations o SET name = v.name, region_code = COALESCE(v.region_code, o.region_code), updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, name, region_code) WHERE o.id = v.id`,
    [renamed.map((r) => r.id), renamed.map((r) => r.name), renamed.map((r) => r.regionCode)],
  );
}

/** Bulk users (the demo seed, fixtures) count as confirmed: no one could follow a link for them. */
export async function insertUsers(db: Queryable, rows: readonly UserBulkRow[]): Promise<void> {
  const now = new Date();
  await bulkInsert(db, {
    table: 'users',
    columns: ['id', 'organization_id', 'email', 'name', 'role', 'password_hash', 'preferred_language', 'email_confirmed_at'],
    rows: rows.map((u) => [
      u.id,
      u.organizationId,
      u.email.trim().toLowerCase(),
      u.name,
      u.role,
      u.passwordHash,
      u.preferredLanguage,
      now,
    ]),
  });
}
