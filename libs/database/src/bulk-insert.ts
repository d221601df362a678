import type { Queryable } from './queryable';

// PostgreSQL allows 65,535 bind parameters per statement; stay well below.
const MAX_PARAMS = 30_000;

export interface BulkInsert {
  table: string;
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
  /** Column -> SQL type where pg cannot infer it (text[], jsonb). */
  casts?: Readonly<Record<string, string>>;
  /** Appended to each statement, e.g. `ON CONFLICT (source_ref) WHERE source_ref IS NOT NULL DO UPDATE SET …`. */
  onConflict?: string;
}

/**
 * Multi-row INSERTs in chunks: a few statements for thousands of rows instead of one round trip per
 * row. Only the table's owning lib calls this for its table. With an `onConflict` that updates, the
 * caller keeps the rows free of repeated keys (a statement may not update one row twice).
 */
export async function bulkInsert(
  db: Queryable,
  { table, columns, rows, casts = {}, onConflict = '' }: BulkInsert,
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
    await db.query(`INSERT INTO ${table} (${columnList}) VALUES ${tuples.join(', ')} ${onConflict}`, params);
  }
}

/** `col = EXCLUDED.col, …` for the given columns. */
export const takeNew = (columns: readonly string[]): string => columns.map((c) => `"${c}" = EXCLUDED."${c}"`).join(', ');
