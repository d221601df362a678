import { EntityManager } from 'typeorm';

/**
 * One multi-row `INSERT … ON CONFLICT (source_ref) DO UPDATE` statement. The caller keeps a batch
 * small enough for PostgreSQL's 65,535 bind parameters and free of repeated source_refs (a statement
 * may not update one row twice).
 */
export async function upsertBySourceRef(
  em: EntityManager,
  table: 'supplier_profiles' | 'needs',
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  casts: Readonly<Record<string, string>>,
  /** SET list and optional WHERE of the DO UPDATE part; `EXCLUDED` is the new row. */
  onConflict: string,
): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const slots = row.map((value, i) => {
      params.push(value);
      const cast = casts[columns[i]!];
      return cast ? `$${params.length}::${cast}` : `$${params.length}`;
    });
    return `(${slots.join(', ')})`;
  });
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  await em.query(
    `INSERT INTO ${table} (${columnList}) VALUES ${tuples.join(', ')}
     ON CONFLICT (source_ref) WHERE source_ref IS NOT NULL DO UPDATE SET ${onConflict}`,
    params,
  );
}

/** `col = EXCLUDED.col, …` for the given columns. */
export const takeNew = (columns: readonly string[]): string => columns.map((c) => `"${c}" = EXCLUDED."${c}"`).join(', ');
