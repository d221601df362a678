import type { DataSource } from 'typeorm';
import type { SupplierSource } from '../documents/supplier-document';
import type { IndexedVersion } from './indexed-version';

/** A supplier profile row plus its organization's name, as the indexer needs it. */
export interface SupplierRow extends SupplierSource {
  discoverable: boolean;
  organizationName: string;
}

const COLUMNS = `
  p.id, p.organization_id AS "organizationId", p.headline, p.description, p.offerings,
  p.cpv_codes AS "cpvCodes", p.region_codes AS "regionCodes", p.focus_areas AS "focusAreas",
  p.company_size AS "companySize", p.readiness, p."references", p.languages, p.discoverable,
  p.updated_at AS "updatedAt", p.version, o.name AS "organizationName"`;

const FROM = `FROM supplier_profiles p JOIN organizations o ON o.id = p.organization_id`;

export async function loadSupplierRow(ds: DataSource, id: string): Promise<SupplierRow | null> {
  const rows: SupplierRow[] = await ds.query(`SELECT ${COLUMNS} ${FROM} WHERE p.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Discoverable profiles after `afterId` in id order (keyset pagination). */
export function discoverableSuppliersAfter(ds: DataSource, afterId: string | null, limit: number): Promise<SupplierRow[]> {
  return ds.query(
    `SELECT ${COLUMNS} ${FROM} WHERE p.discoverable AND ($1::uuid IS NULL OR p.id > $1::uuid) ORDER BY p.id LIMIT $2`,
    [afterId, limit],
  );
}

export function discoverableSuppliersByIds(ds: DataSource, ids: readonly string[]): Promise<SupplierRow[]> {
  return ds.query(`SELECT ${COLUMNS} ${FROM} WHERE p.discoverable AND p.id = ANY($1::uuid[])`, [ids]);
}

export function discoverableSupplierVersions(ds: DataSource): Promise<IndexedVersion[]> {
  return ds.query(`SELECT id, version FROM supplier_profiles WHERE discoverable`);
}
