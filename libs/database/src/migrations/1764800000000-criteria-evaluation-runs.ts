import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background replays of candidate criteria (owned by libs/matching): kept so operators can compare
 * runs later. `result` / `active_result` hold the figures once DONE.
 */
export class CriteriaEvaluationRuns1764800000000 implements MigrationInterface {
  name = 'CriteriaEvaluationRuns1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE criteria_evaluation_runs (
        id uuid PRIMARY KEY,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        progress double precision NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
        weights jsonb NOT NULL,
        min_score double precision NOT NULL,
        max_suggestions_per_need integer NOT NULL,
        note text,
        active_version integer NOT NULL REFERENCES match_criteria (version),
        result jsonb,
        active_result jsonb,
        error text,
        created_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX criteria_evaluation_runs_created_idx ON criteria_evaluation_runs (created_at DESC, id DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE criteria_evaluation_runs`);
  }
}
