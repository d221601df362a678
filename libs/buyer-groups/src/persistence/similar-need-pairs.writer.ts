import type { Queryable } from '@navet/database';

/**
 * Candidates for a buyer group: pairs of needs of different buyers that were told of each other.
 * Remembers pairs of needs whose buyers were told of each other, unordered and once. Returns the
 * other needs whose pair this call stored: only those are news (a re-run or a later re-publish
 * of either need finds its pairs already stored).
 */
export async function recordSimilarNeedPairs(
  db: Queryable,
  needId: string,
  others: readonly { needId: string; score: number }[],
): Promise<Set<string>> {
  const valid = others.filter((o) => o.needId !== needId);
  if (valid.length === 0) return new Set();
  const rows: { a: string; b: string }[] = await db.query(
    `INSERT INTO similar_need_pairs (need_a_id, need_b_id, score)
     SELECT least($1::uuid, o.id), greatest($1::uuid, o.id), o.score
       FROM unnest($2::uuid[], $3::float8[]) AS o (id, score)
     ON CONFLICT DO NOTHING
     RETURNING need_a_id AS a, need_b_id AS b`,
    [needId, valid.map((o) => o.needId), valid.map((o) => o.score)],
  );
  return new Set(rows.map((r) => (r.a === needId ? r.b : r.a)));
}
