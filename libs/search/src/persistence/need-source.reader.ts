import type { DataSource } from 'typeorm';
import type { NeedSource } from '../documents/need-document';
import type { IndexedVersion } from './indexed-version';

/** A need row plus its buyer's name and status, as the indexer needs it. */
export interface NeedRow extends NeedSource {
  status: string;
  buyerName: string;
}

const COLUMNS = `
  n.id, n.buyer_organization_id AS "buyerOrganizationId", n.title, n.summary, n.description,
  n.desired_outcomes AS "desiredOutcomes", n.language, n.cpv_codes AS "cpvCodes",
  n.region_codes AS "regionCodes", n.focus_areas AS "focusAreas", n.readiness, n.status,
  n.published_at AS "publishedAt", n.updated_at AS "updatedAt", n.version, o.name AS "buyerName"`;

const FROM = `FROM needs n JOIN organizations o ON o.id = n.buyer_organization_id`;

/** Fresh state of one need, or null when it does not exist (any status). */
export async function loadNeedRow(ds: DataSource, id: string): Promise<NeedRow | null> {
  const rows: NeedRow[] = await ds.query(`SELECT ${COLUMNS} ${FROM} WHERE n.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Published needs after `afterId` in id order (keyset pagination: stable under concurrent writes). */
export function publishedNeedsAfter(ds: DataSource, afterId: string | null, limit: number): Promise<NeedRow[]> {
  return ds.query(
    `SELECT ${COLUMNS} ${FROM} WHERE n.status = 'PUBLISHED' AND ($1::uuid IS NULL OR n.id > $1::uuid) ORDER BY n.id LIMIT $2`,
    [afterId, limit],
  );
}

/** Published needs among `ids`. */
export function publishedNeedsByIds(ds: DataSource, ids: readonly string[]): Promise<NeedRow[]> {
  return ds.query(`SELECT ${COLUMNS} ${FROM} WHERE n.status = 'PUBLISHED' AND n.id = ANY($1::uuid[])`, [ids]);
}

/** Id and version of every published need (what the index should hold). */
export function publishedNeedVersions(ds: DataSource): Promise<IndexedVersion[]> {
  return ds.query(`SELECT id, version FROM needs WHERE status = 'PUBLISHED'`);
}
