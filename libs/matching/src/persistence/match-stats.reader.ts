import type { Queryable } from '@navet/database';

/** Platform-wide match figures: live suggestions (anything not declined) and connections. */
export async function matchCounts(db: Queryable): Promise<{ suggestions: number; connections: number }> {
  const [row] = (await db.query(`
    SELECT count(*) FILTER (WHERE status <> 'DECLINED')::int AS suggestions,
           count(*) FILTER (WHERE status = 'CONNECTED')::int AS connections
      FROM matches`)) as { suggestions: number; connections: number }[];
  return row ?? { suggestions: 0, connections: 0 };
}
