import { newId } from '@navet/core';
import type { Queryable } from '@navet/database';
import type { MatchCriteriaValues, MatchWeights } from '../domain/criteria';
import type { CriteriaEvaluation } from '../domain/criteria-version';

export const EVALUATION_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** One background replay of candidate criteria (the contract's CriteriaEvaluationRun). */
export interface CriteriaEvaluationRun extends MatchCriteriaValues {
  id: string;
  status: EvaluationStatus;
  progress: number;
  note: string | null;
  activeVersion: number;
  result: CriteriaEvaluation | null;
  activeResult: CriteriaEvaluation | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  createdByUserId: string | null;
}

interface RunRow extends Omit<CriteriaEvaluationRun, 'weights' | 'minScore' | 'progress'> {
  weights: MatchWeights;
  minScore: number | string;
  progress: number | string;
}

const COLUMNS = `id, status, progress, weights, min_score AS "minScore", max_suggestions_per_need AS "maxSuggestionsPerNeed",
  note, active_version AS "activeVersion", result, active_result AS "activeResult", error, created_at AS "createdAt",
  finished_at AS "finishedAt", created_by_user_id AS "createdByUserId"`;

const toRun = (r: RunRow): CriteriaEvaluationRun => ({ ...r, minScore: Number(r.minScore), progress: Number(r.progress) });

export async function insertEvaluationRun(
  db: Queryable,
  run: MatchCriteriaValues & { note: string | null; activeVersion: number; createdByUserId: string },
): Promise<string> {
  const id = newId();
  await db.query(
    `INSERT INTO criteria_evaluation_runs (id, weights, min_score, max_suggestions_per_need, note, active_version, created_by_user_id)
     VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7)`,
    [id, JSON.stringify(run.weights), run.minScore, run.maxSuggestionsPerNeed, run.note, run.activeVersion, run.createdByUserId],
  );
  return id;
}

export async function loadEvaluationRun(db: Queryable, id: string): Promise<CriteriaEvaluationRun | null> {
  const rows: RunRow[] = await db.query(`SELECT ${COLUMNS} FROM criteria_evaluation_runs WHERE id = $1`, [id]);
  return rows[0] ? toRun(rows[0]) : null;
}

export async function listEvaluationRuns(db: Queryable, first: number): Promise<CriteriaEvaluationRun[]> {
  const rows: RunRow[] = await db.query(
    `SELECT ${COLUMNS} FROM criteria_evaluation_runs ORDER BY created_at DESC, id DESC LIMIT $1`,
    [first],
  );
  return rows.map(toRun);
}

/**
 * QUEUED or RUNNING -> RUNNING from zero (a retry after a crash starts over: the figures are
 * recomputed whole, never resumed). False when the run is gone or already finished.
 */
export async function claimEvaluationRun(db: Queryable, id: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `UPDATE criteria_evaluation_runs SET status = 'RUNNING', progress = 0, started_at = now(), error = NULL
      WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
    [id],
  );
  return rows.length > 0;
}

export async function setEvaluationProgress(db: Queryable, id: string, progress: number): Promise<void> {
  // GREATEST: needs are replayed a few at a time, so two progress writes may commit out of order.
  await db.query(`UPDATE criteria_evaluation_runs SET progress = GREATEST(progress, $2) WHERE id = $1 AND status = 'RUNNING'`, [
    id,
    Math.min(1, Math.max(0, progress)),
  ]);
}

export async function finishEvaluationRun(
  db: Queryable,
  id: string,
  result: CriteriaEvaluation,
  activeResult: CriteriaEvaluation,
): Promise<void> {
  await db.query(
    `UPDATE criteria_evaluation_runs
        SET status = 'DONE', progress = 1, result = $2::jsonb, active_result = $3::jsonb, finished_at = now()
      WHERE id = $1 AND status = 'RUNNING'`,
    [id, JSON.stringify(result), JSON.stringify(activeResult)],
  );
}

export async function failEvaluationRun(db: Queryable, id: string, error: string): Promise<void> {
  await db.query(
    `UPDATE criteria_evaluation_runs SET status = 'FAILED', error = $2, finished_at = now()
      WHERE id = $1 AND status = 'RUNNING'`,
    [id, error],
  );
}
