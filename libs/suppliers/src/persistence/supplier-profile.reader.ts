import type { Queryable } from '@navet/database';
import type { SupplierProfile } from '../domain/supplier-profile';

/**
 * Lean reads of the supplier_profiles table for other libs (matching, search, the API): the SQL
 * stays here. Three widths, because matching re-scores hundreds of candidates per need and 450
 * descriptions weigh a megabyte: facts (no free text), texts (facts plus the matchable text) and
 * the whole profile (indexing).
 */
export type SupplierProfileFacts = Pick<
  SupplierProfile,
  'id' | 'organizationId' | 'cpvCodes' | 'regionCodes' | 'focusAreas' | 'readiness' | 'discoverable' | 'version'
>;
export type SupplierProfileText = SupplierProfileFacts & Pick<SupplierProfile, 'headline' | 'description' | 'offerings'>;

const FACTS = `id, organization_id AS "organizationId", cpv_codes AS "cpvCodes", region_codes AS "regionCodes",
  focus_areas AS "focusAreas", readiness, discoverable, version`;
const TEXT = `${FACTS}, headline, description, offerings`;
const FULL = `${TEXT}, company_size AS "companySize", "references", languages, contact_email AS "contactEmail",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

export interface ProfileFilter {
  /** Hidden profiles are never suggested nor indexed. */
  discoverableOnly?: boolean;
}

const byIds = (filter: ProfileFilter) => `${filter.discoverableOnly ? 'discoverable AND ' : ''}id = ANY($1::uuid[])`;

export function supplierFactsByIds(
  db: Queryable,
  ids: readonly string[],
  filter: ProfileFilter = {},
): Promise<SupplierProfileFacts[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${FACTS} FROM supplier_profiles WHERE ${byIds(filter)}`, [ids]);
}

export function supplierTextsByIds(
  db: Queryable,
  ids: readonly string[],
  filter: ProfileFilter = {},
): Promise<SupplierProfileText[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${TEXT} FROM supplier_profiles WHERE ${byIds(filter)}`, [ids]);
}

export async function supplierTextOfOrganization(db: Queryable, organizationId: string): Promise<SupplierProfileText | null> {
  const rows: SupplierProfileText[] = await db.query(`SELECT ${TEXT} FROM supplier_profiles WHERE organization_id = $1`, [
    organizationId,
  ]);
  return rows[0] ?? null;
}

export function supplierProfilesByIds(
  db: Queryable,
  ids: readonly string[],
  filter: ProfileFilter = {},
): Promise<SupplierProfile[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${FULL} FROM supplier_profiles WHERE ${byIds(filter)}`, [ids]);
}

/** Discoverable profiles after `afterId` in id order (keyset pagination). */
export function discoverableProfilesAfter(db: Queryable, afterId: string | null, limit: number): Promise<SupplierProfile[]> {
  return db.query(
    `SELECT ${FULL} FROM supplier_profiles WHERE discoverable AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
}

/** Id and version of every discoverable profile (what a search index should hold). */
export function discoverableProfileVersions(db: Queryable): Promise<{ id: string; version: number }[]> {
  return db.query(`SELECT id, version FROM supplier_profiles WHERE discoverable`);
}

export async function countDiscoverableProfiles(db: Queryable): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM supplier_profiles WHERE discoverable`);
  return rows[0]?.n ?? 0;
}

/** The ids among `ids` that name an existing profile (any visibility). */
export async function existingProfileIds(db: Queryable, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows: { id: string }[] = await db.query(`SELECT id FROM supplier_profiles WHERE id = ANY($1::uuid[])`, [ids]);
  return rows.map((r) => r.id);
}

/** Profile id -> its organization. */
export async function organizationsOfProfiles(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; organizationId: string }[] = await db.query(
    `SELECT id, organization_id AS "organizationId" FROM supplier_profiles WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.organizationId]));
}

export async function profileIdOfOrganization(db: Queryable, organizationId: string): Promise<string | null> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM supplier_profiles WHERE organization_id = $1`, [organizationId]);
  return rows[0]?.id ?? null;
}
