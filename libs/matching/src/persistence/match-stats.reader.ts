import type { Queryable } from '@navet/database';

/** Platform-wide match figures: live suggestions (anything not declined or withdrawn) and connections. */
export async function matchCounts(db: Queryable): Promise<{ suggestions: number; connections: number }> {
  const [row] = (await db.query(`
    SELECT count(*) FILTER (WHERE status NOT IN ('DECLINED', 'WITHDRAWN'))::int AS suggestions,
           count(*) FILTER (WHERE status = 'CONNECTED')::int AS connections
      FROM matches`)) as { suggestions: number; connections: number }[];
  return row ?? { suggestions: 0, connections: 0 };
}
