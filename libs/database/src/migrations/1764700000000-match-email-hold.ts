import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A NEW_MATCH notification whose e-mail waits for its burst to end: the release job then e-mails
 * the best-scored within the daily cap and puts the rest in the digest (and clears the column).
 */
export class MatchEmailHold1764700000000 implements MigrationInterface {
  name = 'MatchEmailHold1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications ADD COLUMN email_held_until timestamptz;
      CREATE INDEX notifications_email_held_idx ON notifications (user_id, email_held_until) WHERE email_held_until IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_email_held_idx; ALTER TABLE notifications DROP COLUMN email_held_until`);
  }
}
