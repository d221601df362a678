import { newId } from '@navet/core';
import type { MatchScore } from '../domain/score';
import type { Queryable } from '@navet/database';

const NOT_RATED = `NOT EXISTS (SELECT 1 FROM match_ratings r WHERE r.match_id = m.id)`;

/**
 * Inserts a matcher suggestion or refreshes the existing pair in place (same id, status kept; a
 * WITHDRAWN suggestion that qualifies again is SUGGESTED again). Returns the id only for a real
 * insert: concurrent or repeated runs, and restored suggestions, are never announced twice.
 */
export async function upsertSuggestion(
  db: Queryable,
  needId: string,
  supplierId: string,
  score: MatchScore,
  criteriaVersion: number,
): Promise<string | null> {
  const [inserted] = await upsertSuggestions(db, needId, [{ supplierId, ...score }], criteriaVersion);
  return inserted ?? null;
}

/**
 * upsertSuggestion for many suppliers of one need in one statement (the matcher writes up to
 * maxSuggestionsPerNeed rows per need; one round trip each was a large share of a re-match).
 * Returns the ids of the rows it inserted.
 */
export async function upsertSuggestions(
  db: Queryable,
  needId: string,
  scored: readonly ({ supplierId: string } & MatchScore)[],
  criteriaVersion: number,
): Promise<string[]> {
  if (scored.length === 0) return [];
  const rows: { id: string; inserted: boolean }[] = await db.query(
    `INSERT INTO matches (id, need_id, supplier_id, status, score, components, explanation, criteria_version, origin)
     SELECT v.id, $1, v.supplier_id, 'SUGGESTED', v.score, v.components, v.explanation, $2, 'MATCHER'
       FROM unnest($3::uuid[], $4::uuid[], $5::float8[], $6::jsonb[], $7::text[])
            AS v (id, supplier_id, score, components, explanation)
     ON CONFLICT (need_id, supplier_id) DO UPDATE
       SET score = EXCLUDED.score, components = EXCLUDED.components, explanation = EXCLUDED.explanation,
           criteria_version = EXCLUDED.criteria_version, updated_at = now(),
           status = CASE WHEN matches.status = 'WITHDRAWN' THEN 'SUGGESTED' ELSE matches.status END
       WHERE matches.status = 'WITHDRAWN'
          OR matches.score IS DISTINCT FROM EXCLUDED.score OR matches.components IS DISTINCT FROM EXCLUDED.components
          OR matches.explanation IS DISTINCT FROM EXCLUDED.explanation
          OR matches.criteria_version IS DISTINCT FROM EXCLUDED.criteria_version
     RETURNING id, (xmax = 0) AS inserted`,
    [
      needId,
      criteriaVersion,
      scored.map(() => newId()),
      scored.map((s) => s.supplierId),
      scored.map((s) => s.score),
      scored.map((s) => JSON.stringify(s.components)),
      scored.map((s) => s.explanation),
    ],
  );
  return rows.filter((r) => r.inserted).map((r) => r.id);
}

// Dropped suggestions are withdrawn, not deleted: the NEW_MATCH notification that links to one keeps
// resolving (and shows WITHDRAWN), and a re-match that qualifies the pair again restores the same id.
const WITHDRAW = `UPDATE matches m SET status = 'WITHDRAWN', updated_at = now()`;

/**
 * Withdraws the need's untouched suggestions (SUGGESTED, unrated) for suppliers outside `keep`. With
 * `writtenBefore` (when the caller's ranking began), a suggestion written since is kept: a profile's
 * own run placed it while this ranking ran, on a suppliers index this ranking did not yet see.
 */
export async function deleteSuggestionsExcept(
  db: Queryable,
  needId: string,
  keep: readonly string[],
  writtenBefore?: Date,
): Promise<void> {
  await db.query(
    `${WITHDRAW} WHERE m.need_id = $1 AND m.status = 'SUGGESTED' AND NOT (m.supplier_id = ANY($2::uuid[])) AND ${NOT_RATED}
       AND ($3::timestamptz IS NULL OR m.updated_at < $3)`,
    [needId, keep, writtenBefore ?? null],
  );
}

/** Withdraws untouched suggestions ranked below the need's top `max` (acted-on matches stay and count). */
export async function trimSuggestions(db: Queryable, needId: string, max: number): Promise<void> {
  await db.query(
    `${WITHDRAW} FROM (
       SELECT id, row_number() OVER (ORDER BY score DESC, supplier_id) AS rn
         FROM matches WHERE need_id = $1 AND status <> 'WITHDRAWN'
     ) ranked
     WHERE m.id = ranked.id AND ranked.rn > $2 AND m.status = 'SUGGESTED' AND ${NOT_RATED}`,
    [needId, max],
  );
}

/** Withdraws one pair's untouched suggestion (e.g. the supplier no longer clears the bar). */
export async function deleteSuggestion(db: Queryable, needId: string, supplierId: string): Promise<void> {
  await db.query(`${WITHDRAW} WHERE m.need_id = $1 AND m.supplier_id = $2 AND m.status = 'SUGGESTED' AND ${NOT_RATED}`, [
    needId,
    supplierId,
  ]);
}

/** A hidden profile is suggested nowhere: its untouched suggestions are withdrawn. */
export async function deleteSupplierSuggestions(db: Queryable, supplierId: string): Promise<void> {
  await db.query(`${WITHDRAW} WHERE m.supplier_id = $1 AND m.status = 'SUGGESTED' AND ${NOT_RATED}`, [supplierId]);
}

/** Other suppliers' scores on the need (withdrawn ones hold no place), for deciding whether a newcomer makes the top list. */
export async function scoresOnNeed(db: Queryable, needId: string): Promise<{ supplierId: string; score: number }[]> {
  const rows: { supplierId: string; score: number }[] = await db.query(
    `SELECT supplier_id AS "supplierId", score FROM matches WHERE need_id = $1 AND status <> 'WITHDRAWN'`,
    [needId],
  );
  return rows.map((r) => ({ supplierId: r.supplierId, score: Number(r.score) }));
}

/** Suppliers on the need whose match a party acted on (any status but SUGGESTED or WITHDRAWN). */
export async function actedSupplierIds(db: Queryable, needId: string): Promise<string[]> {
  const rows: { supplierId: string }[] = await db.query(
    `SELECT supplier_id AS "supplierId" FROM matches WHERE need_id = $1 AND status NOT IN ('SUGGESTED', 'WITHDRAWN')`,
    [needId],
  );
  return rows.map((r) => r.supplierId);
}

/** Every supplier with a match on the need, whatever its status. */
export async function matchedSupplierIds(db: Queryable, needId: string): Promise<string[]> {
  const rows: { supplierId: string }[] = await db.query(`SELECT supplier_id AS "supplierId" FROM matches WHERE need_id = $1`, [
    needId,
  ]);
  return rows.map((r) => r.supplierId);
}
