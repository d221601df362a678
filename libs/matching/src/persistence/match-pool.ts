import type { Queryable } from '@navet/database';
import { publishedNeedIdsAfter } from '@navet/needs';

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

/**
 * Whether profiles changed in bulk wait for a hand-over (each was noted with one queued behind it).
 * Waits for a hand-over in progress (it holds the match_pool row): once it commits, the profiles it
 * took are no longer waiting, and the needs it asked for are those published before its commit.
 */
export async function profilesAwaitHandOver(db: Queryable): Promise<boolean> {
  await db.query(`SELECT 1 FROM match_pool WHERE id = 1 FOR SHARE`);
  const rows: { waiting: boolean }[] = await db.query(`SELECT EXISTS (SELECT 1 FROM match_pool_pending) AS waiting`);
  return rows[0]!.waiting;
}

export async function markNeedsStale(db: Queryable, before: Date): Promise<void> {
  await db.query(`UPDATE match_pool SET needs_stale_before = $1 WHERE id = 1`, [before]);
}

export { countPublishedNeeds } from '@navet/needs';

/**
 * Published needs whose candidates were generated before `before`, or never, in id order. Never
 * matched counts: a need being matched during the hand-over has no run yet, and the run it then
 * records predates the mark. Pages through the published needs (the needs lib owns that SQL) and
 * keeps those whose match run is older.
 */
export async function staleNeedIdsAfter(db: Queryable, before: Date, afterId: string | null, limit: number): Promise<string[]> {
  const out: string[] = [];
  let cursor = afterId;
  while (out.length < limit) {
    const page = await publishedNeedIdsAfter(db, cursor, Math.max(limit, 500));
    if (page.length === 0) break;
    const fresh: { id: string }[] = await db.query(
      `SELECT subject_id AS id FROM match_runs WHERE subject_kind = 'NEED' AND subject_id = ANY($1::uuid[]) AND computed_at >= $2`,
      [page, before],
    );
    const skip = new Set(fresh.map((r) => r.id));
    for (const id of page) {
      if (!skip.has(id)) out.push(id);
      if (out.length === limit) break;
    }
    cursor = page[page.length - 1]!;
  }
  return out;
}
