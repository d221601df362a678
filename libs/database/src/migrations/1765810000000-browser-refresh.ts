import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sessions (docs/sessions.md, "Browser clients"; the table is libs/identity's): the SHA-256 of the
 * session's current refresh cookie value, null until POST /auth/session binds one. The value itself is
 * never stored; rotating it overwrites the hash.
 */
export class BrowserRefresh1765810000000 implements MigrationInterface {
  name = 'BrowserRefresh1765810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN refresh_hash bytea`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN refresh_hash`);
  }
}
