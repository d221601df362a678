import { MigrationInterface, QueryRunner } from 'typeorm';

/** Nullable "who did it" columns that outlive an erased user: the row stays, the link to the person goes. */
const AUTHOR_COLUMNS: readonly [table: string, column: string][] = [
  ['needs', 'created_by_user_id'],
  ['match_criteria', 'created_by_user_id'],
  ['criteria_evaluation_runs', 'created_by_user_id'],
  ['clarifications', 'published_by_user_id'],
  ['questions', 'asked_by_user_id'],
  ['deliveries', 'user_id'],
];

/**
 * GDPR erasure (issue 11 §4, docs/privacy.md). The erasure clears these columns itself through their
 * owners; ON DELETE SET NULL is the safety net, so deleting a user row can never fail on (or keep) a
 * link someone forgot. `removal_due_at`: when an organization whose last user erased their account is
 * removed (after the grace period); null = nothing scheduled.
 */
export class PrivacyErasure1765700000000 implements MigrationInterface {
  name = 'PrivacyErasure1765700000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column] of AUTHOR_COLUMNS) {
      await q.query(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_fkey,
          ADD CONSTRAINT ${table}_${column}_fkey FOREIGN KEY (${column}) REFERENCES users (id) ON DELETE SET NULL`);
    }
    await q.query(`
      ALTER TABLE organizations ADD COLUMN removal_due_at timestamptz;
      CREATE INDEX organizations_removal_due_idx ON organizations (removal_due_at) WHERE removal_due_at IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organizations_removal_due_idx; ALTER TABLE organizations DROP COLUMN removal_due_at;`);
    for (const [table, column] of AUTHOR_COLUMNS) {
      await q.query(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_fkey,
          ADD CONSTRAINT ${table}_${column}_fkey FOREIGN KEY (${column}) REFERENCES users (id)`);
    }
  }
}
