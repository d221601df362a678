import type { FocusArea, SolutionReadiness } from '@navet/reference';
import type { Queryable } from './queryable';

/** What scoring reads from a supplier profile: everything but its free text. */
export interface SupplierFacts {
  id: string;
  organizationId: string;
  organizationName: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
  readiness: SolutionReadiness;
  discoverable: boolean;
  version: number;
}

/** What matching reads from a supplier profile. */
export interface MatchSupplier extends SupplierFacts {
  headline: string;
  description: string;
  offerings: string[];
}

const FACTS = `
  p.id, p.organization_id AS "organizationId", o.name AS "organizationName",
  p.cpv_codes AS "cpvCodes", p.region_codes AS "regionCodes", p.focus_areas AS "focusAreas", p.readiness,
  p.discoverable, p.version`;
const COLUMNS = `${FACTS}, p.headline, p.description, p.offerings`;
const FROM = `FROM supplier_profiles p JOIN organizations o ON o.id = p.organization_id`;

export async function loadMatchSupplier(db: Queryable, id: string): Promise<MatchSupplier | null> {
  const rows: MatchSupplier[] = await db.query(`SELECT ${COLUMNS} ${FROM} WHERE p.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function loadSupplierOfOrganization(db: Queryable, organizationId: string): Promise<MatchSupplier | null> {
  const rows: MatchSupplier[] = await db.query(`SELECT ${COLUMNS} ${FROM} WHERE p.organization_id = $1`, [organizationId]);
  return rows[0] ?? null;
}

/** Discoverable profiles only: a hidden profile is never suggested. */
export function loadDiscoverableSuppliers(db: Queryable, ids: readonly string[]): Promise<MatchSupplier[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${COLUMNS} ${FROM} WHERE p.discoverable AND p.id = ANY($1::uuid[])`, [ids]);
}

/** The same without the free text: re-scoring stored candidates needs no text, and 450 descriptions weigh a megabyte. */
export function loadDiscoverableSupplierFacts(db: Queryable, ids: readonly string[]): Promise<SupplierFacts[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${FACTS} ${FROM} WHERE p.discoverable AND p.id = ANY($1::uuid[])`, [ids]);
}

export async function countDiscoverableSuppliers(db: Queryable): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM supplier_profiles WHERE discoverable`);
  return rows[0]?.n ?? 0;
}
