import { EntityManager } from 'typeorm';

// PostgreSQL allows 65,535 bind parameters per statement; stay well below.
const MAX_PARAMS = 30_000;

/**
 * Multi-row INSERTs in chunks: a few statements for thousands of rows instead of one round trip
 * per row. `casts` maps a column to its SQL type where pg cannot infer it (text[], jsonb).
 */
export async function insertRows(
  em: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  casts: Readonly<Record<string, string>> = {},
): Promise<void> {
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const slots = row.map((value, i) => {
        params.push(value);
        const cast = casts[columns[i]!];
        return cast ? `$${params.length}::${cast}` : `$${params.length}`;
      });
      return `(${slots.join(', ')})`;
    });
    await em.query(`INSERT INTO ${table} (${columnList}) VALUES ${tuples.join(', ')}`, params);
  }
}

/** Which of `refs` are already stored in `table.source_ref` (the seed never inserts a row twice). */
export async function existingSourceRefs(
  em: EntityManager,
  table: 'needs' | 'supplier_profiles',
  refs: readonly string[],
): Promise<Set<string>> {
  const rows = (await em.query(`SELECT source_ref FROM ${table} WHERE source_ref = ANY($1::text[])`, [refs])) as {
    source_ref: string;
  }[];
  return new Set(rows.map((r) => r.source_ref));
}
