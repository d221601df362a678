import type { Queryable } from '@navet/database';

/** The current score of each live match (withdrawn or vanished ones are left out, so they rank last): digests order by it. */
export async function matchScores(db: Queryable, matchIds: readonly string[]): Promise<Map<string, number>> {
  if (matchIds.length === 0) return new Map();
  const rows = (await db.query(`SELECT id, score FROM matches WHERE id = ANY($1::uuid[]) AND status <> 'WITHDRAWN'`, [
    matchIds,
  ])) as {
    id: string;
    score: string | number;
  }[];
  return new Map(rows.map((r) => [r.id, Number(r.score)]));
}
