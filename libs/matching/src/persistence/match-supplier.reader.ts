import type { FocusArea, SolutionReadiness } from '@navet/reference';
import type { Queryable } from './queryable';

/** What matching reads from a supplier profile. */
export interface MatchSupplier {
  id: string;
  organizationId: string;
  organizationName: string;
  headline: string;
  description: string;
  offerings: string[];
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
  readiness: SolutionReadiness;
  discoverable: boolean;
  version: number;
}

const COLUMNS = `
  p.id, p.organization_id AS "organizationId", o.name AS "organizationName", p.headline, p.description, p.offerings,
  p.cpv_codes AS "cpvCodes", p.region_codes AS "regionCodes", p.focus_areas AS "focusAreas", p.readiness,
  p.discoverable, p.version`;
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

export async function countDiscoverableSuppliers(db: Queryable): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM supplier_profiles WHERE discoverable`);
  return rows[0]?.n ?? 0;
}
