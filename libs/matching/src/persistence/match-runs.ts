import type { Queryable } from '@navet/database';

export type RunSubject = 'NEED' | 'SUPPLIER';

export interface MatchRun {
  subjectVersion: number;
  criteriaVersion: number;
  /** For needs: when the candidates behind the run were generated. */
  computedAt: Date;
}

export async function lastRun(db: Queryable, kind: RunSubject, id: string): Promise<MatchRun | null> {
  const rows: MatchRun[] = await db.query(
    `SELECT subject_version AS "subjectVersion", criteria_version AS "criteriaVersion", computed_at AS "computedAt"
       FROM match_runs WHERE subject_kind = $1 AND subject_id = $2`,
    [kind, id],
  );
  return rows[0] ?? null;
}

/** True when this exact state (subject version under criteria version) was already computed. */
export async function alreadyComputed(
  db: Queryable,
  kind: RunSubject,
  id: string,
  subjectVersion: number,
  criteriaVersion: number,
): Promise<boolean> {
  const run = await lastRun(db, kind, id);
  return run !== null && run.subjectVersion === subjectVersion && run.criteriaVersion === criteriaVersion;
}

/** `at`: when the run's inputs were read (defaults to now). */
export async function recordRun(
  db: Queryable,
  kind: RunSubject,
  id: string,
  subjectVersion: number,
  criteriaVersion: number,
  at?: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO match_runs (subject_kind, subject_id, subject_version, criteria_version, computed_at)
     VALUES ($1, $2, $3, $4, COALESCE($5, now()))
     ON CONFLICT (subject_kind, subject_id) DO UPDATE
       SET subject_version = EXCLUDED.subject_version, criteria_version = EXCLUDED.criteria_version,
           computed_at = EXCLUDED.computed_at`,
    [kind, id, subjectVersion, criteriaVersion, at ?? null],
  );
}

/** Serializes writers of one need's matches (matcher runs, supplier runs) for the transaction. */
export async function lockNeedMatches(db: Queryable, needId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('navet-match-need'), hashtext($1))`, [needId]);
}

/** The database clock: run times are compared with times the database wrote. */
export async function databaseNow(db: Queryable): Promise<Date> {
  const rows: { now: Date }[] = await db.query(`SELECT now() AS now`);
  return rows[0]!.now;
}
