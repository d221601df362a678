import type { Queryable } from './queryable';

export type RunSubject = 'NEED' | 'SUPPLIER';

/** True when this exact state (subject version under criteria version) was already computed. */
export async function alreadyComputed(
  db: Queryable,
  kind: RunSubject,
  id: string,
  subjectVersion: number,
  criteriaVersion: number,
): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM match_runs WHERE subject_kind = $1 AND subject_id = $2 AND subject_version = $3 AND criteria_version = $4`,
    [kind, id, subjectVersion, criteriaVersion],
  );
  return rows.length > 0;
}

export async function recordRun(
  db: Queryable,
  kind: RunSubject,
  id: string,
  subjectVersion: number,
  criteriaVersion: number,
): Promise<void> {
  await db.query(
    `INSERT INTO match_runs (subject_kind, subject_id, subject_version, criteria_version) VALUES ($1, $2, $3, $4)
     ON CONFLICT (subject_kind, subject_id) DO UPDATE
       SET subject_version = EXCLUDED.subject_version, criteria_version = EXCLUDED.criteria_version, computed_at = now()`,
    [kind, id, subjectVersion, criteriaVersion],
  );
}

/** Serializes writers of one need's matches (matcher runs, supplier runs) for the transaction. */
export async function lockNeedMatches(db: Queryable, needId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('navet-match-need'), hashtext($1))`, [needId]);
}
