import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * WITHDRAWN: a suggestion re-matching no longer makes keeps its row (so the NEW_MATCH notification
 * that links to it still resolves, and a later re-match restores the same id without a second alert).
 */
export class MatchWithdrawn1764900000000 implements MigrationInterface {
  name = 'MatchWithdrawn1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE matches DROP CONSTRAINT matches_status_check;
      ALTER TABLE matches ADD CONSTRAINT matches_status_check
        CHECK (status IN ('SUGGESTED', 'INTERESTED', 'INVITED', 'CONNECTED', 'DECLINED', 'WITHDRAWN'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM matches WHERE status = 'WITHDRAWN';
      ALTER TABLE matches DROP CONSTRAINT matches_status_check;
      ALTER TABLE matches ADD CONSTRAINT matches_status_check
        CHECK (status IN ('SUGGESTED', 'INTERESTED', 'INVITED', 'CONNECTED', 'DECLINED'));
    `);
  }
}
