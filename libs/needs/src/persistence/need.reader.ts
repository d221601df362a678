import type { Queryable } from '@navet/database';
import type { Need } from '../domain/need';

/**
 * Lean reads of the needs table for other libs (matching, search, notifications, the API): the
 * SQL stays here, callers get the domain shape. Every reader accepts a DataSource or a
 * transaction's EntityManager.
 */

const COLUMNS = `
  id, buyer_organization_id AS "buyerOrganizationId", title, summary, description,
  desired_outcomes AS "desiredOutcomes", language, cpv_codes AS "cpvCodes", region_codes AS "regionCodes",
  focus_areas AS "focusAreas", readiness, estimated_value_sek AS "estimatedValueSek",
  dialogue_deadline AS "dialogueDeadline", status, stage, published_at AS "publishedAt",
  created_at AS "createdAt", updated_at AS "updatedAt", version`;

type NeedRow = Omit<Need, 'estimatedValueSek'> & { estimatedValueSek: string | number | null };

// bigint arrives from pg as a string; the contract's Int fits a JS number.
const toNeed = (r: NeedRow): Need => ({
  ...r,
  estimatedValueSek: r.estimatedValueSek === null ? null : Number(r.estimatedValueSek),
});

async function select(db: Queryable, where: string, params: unknown[], tail = ''): Promise<Need[]> {
  const rows: NeedRow[] = await db.query(`SELECT ${COLUMNS} FROM needs WHERE ${where} ${tail}`, params);
  return rows.map(toNeed);
}

/** One need in any status; `share` holds a FOR SHARE lock until the caller's transaction ends. */
export async function readNeed(db: Queryable, id: string, lock: 'share' | null = null): Promise<Need | null> {
  const [need] = await select(db, 'id = $1', [id], lock === 'share' ? 'FOR SHARE' : '');
  return need ?? null;
}

/** Needs by id in any status, in no particular order; missing ids are absent. */
export function readNeeds(db: Queryable, ids: readonly string[]): Promise<Need[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return select(db, 'id = ANY($1::uuid[])', [ids]);
}

/** Published needs among `ids`. */
export function readPublishedNeeds(db: Queryable, ids: readonly string[]): Promise<Need[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return select(db, `status = 'PUBLISHED' AND id = ANY($1::uuid[])`, [ids]);
}

/** Published needs after `afterId` in id order (keyset pagination: stable under concurrent writes). */
export function publishedNeedsAfter(db: Queryable, afterId: string | null, limit: number): Promise<Need[]> {
  return select(db, `status = 'PUBLISHED' AND ($1::uuid IS NULL OR id > $1::uuid)`, [afterId, limit], 'ORDER BY id LIMIT $2');
}

/** Ids of published needs after `afterId` in id order (keyset pagination for bulk re-matching). */
export async function publishedNeedIdsAfter(db: Queryable, afterId: string | null, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM needs WHERE status = 'PUBLISHED' AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map((r) => r.id);
}

/** Id and version of every published need (what a search index should hold). */
export function publishedNeedVersions(db: Queryable): Promise<{ id: string; version: number }[]> {
  return db.query(`SELECT id, version FROM needs WHERE status = 'PUBLISHED'`);
}

export async function countPublishedNeeds(db: Queryable): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM needs WHERE status = 'PUBLISHED'`);
  return rows[0]?.n ?? 0;
}

/** The needs among `ids` with a CPV code in one of the given divisions (two-digit prefixes). */
export async function needIdsInCpvDivisions(
  db: Queryable,
  ids: readonly string[],
  divisions: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0 || divisions.length === 0) return new Set();
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM needs WHERE id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM unnest(cpv_codes) c WHERE left(c, 2) = ANY($2::text[]))`,
    [ids, divisions],
  );
  return new Set(rows.map((r) => r.id));
}

/** The owner of each need, with the user who created it (the buyer-side contact). */
export async function needOwners(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, { buyerOrganizationId: string; createdByUserId: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; buyerOrganizationId: string; createdByUserId: string | null }[] = await db.query(
    `SELECT id, buyer_organization_id AS "buyerOrganizationId", created_by_user_id AS "createdByUserId"
       FROM needs WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { buyerOrganizationId: r.buyerOrganizationId, createdByUserId: r.createdByUserId }]));
}

/** Ids of every need of a buyer organization, any status. */
export async function needIdsOfBuyer(db: Queryable, organizationId: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM needs WHERE buyer_organization_id = $1`, [organizationId]);
  return rows.map((r) => r.id);
}

/**
 * [P] Closed needs of any buyer sharing a CPV division with `divisions`, newest first: the reuse
 * radar's candidates (the need-vs-need scorer ranks them).
 */
export function closedNeedsInCpvDivisions(db: Queryable, divisions: readonly string[], limit: number): Promise<Need[]> {
  if (divisions.length === 0) return Promise.resolve([]);
  return select(
    db,
    `status = 'CLOSED' AND EXISTS (SELECT 1 FROM unnest(cpv_codes) c WHERE left(c, 2) = ANY($1::text[]))`,
    [[...new Set(divisions)], limit],
    'ORDER BY closed_at DESC NULLS LAST, id LIMIT $2',
  );
}
