import type { Queryable } from './queryable';

/** See the match_pool tables: bulk profile changes waiting for the matcher, and which needs they made stale. */
export interface MatchPool {
  needsStaleBefore: Date;
}

export async function loadMatchPool(db: Queryable, forUpdate = false): Promise<MatchPool> {
  const rows: MatchPool[] = await db.query(
    `SELECT needs_stale_before AS "needsStaleBefore" FROM match_pool WHERE id = 1 ${forUpdate ? 'FOR UPDATE' : ''}`,
  );
  return rows[0]!;
}

/** Profiles indexed in bulk, waiting to be handed to the matcher. */
export async function addPendingSuppliers(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(`INSERT INTO match_pool_pending (supplier_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [ids]);
}

/** Removes and returns the waiting profiles, with the database clock the hand-over holds at. */
export async function takePendingSuppliers(db: Queryable): Promise<{ ids: string[]; at: Date }> {
  // As a SELECT: TypeORM answers a bare DELETE ... RETURNING with [rows, count].
  const taken: { id: string }[] = await db.query(
    `WITH taken AS (DELETE FROM match_pool_pending RETURNING supplier_id) SELECT supplier_id AS id FROM taken`,
  );
  const [{ at }] = (await db.query(`SELECT now() AS at`)) as { at: Date }[];
  return { ids: taken.map((r) => r.id), at: at! };
}

export async function markNeedsStale(db: Queryable, before: Date): Promise<void> {
  await db.query(`UPDATE match_pool SET needs_stale_before = $1 WHERE id = 1`, [before]);
}

export async function countPublishedNeeds(db: Queryable): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM needs WHERE status = 'PUBLISHED'`);
  return rows[0]?.n ?? 0;
}

/**
 * Published needs whose candidates were generated before `before`, or never, in id order. Never
 * matched counts: a need being matched during the hand-over has no run yet, and the run it then
 * records predates the mark.
 */
export async function staleNeedIdsAfter(db: Queryable, before: Date, afterId: string | null, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT n.id FROM needs n
       LEFT JOIN match_runs r ON r.subject_kind = 'NEED' AND r.subject_id = n.id
      WHERE n.status = 'PUBLISHED' AND (r.computed_at IS NULL OR r.computed_at < $1) AND ($2::uuid IS NULL OR n.id > $2)
      ORDER BY n.id LIMIT $3`,
    [before, afterId, limit],
  );
  return rows.map((r) => r.id);
}
