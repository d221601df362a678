import type { Queryable } from '@navet/database';

/** The current score of each existing match (others are left out): notification digests order by it. */
export async function matchScores(db: Queryable, matchIds: readonly string[]): Promise<Map<string, number>> {
  if (matchIds.length === 0) return new Map();
  const rows = (await db.query(`SELECT id, score FROM matches WHERE id = ANY($1::uuid[])`, [matchIds])) as {
    id: string;
    score: string | number;
  }[];
  return new Map(rows.map((r) => [r.id, Number(r.score)]));
}
