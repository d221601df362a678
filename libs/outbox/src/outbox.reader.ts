import type { Queryable } from '@navet/database';

/** Outbox rows not yet relayed (benchmarks and tests wait for this to reach zero). */
export async function pendingOutboxCount(db: Queryable): Promise<number> {
  const [row] = (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`)) as { n: number }[];
  return row?.n ?? 0;
}
