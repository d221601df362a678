import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sessions (every access token names one: revocable, checked on every request), single-use
 * password resets (only an HMAC of the id is ever sent, nothing secret is stored), and `users.erased_at`
 * (set by account erasure; an erased user's tokens stop working).
 */
export class SessionsAndPasswordResets1765200000000 implements MigrationInterface {
  name = 'SessionsAndPasswordResets1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN erased_at timestamptz;

      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        -- A deleted user takes their sessions along: their tokens find no session and are refused.
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id);

      CREATE TABLE password_resets (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX password_resets_user_idx ON password_resets (user_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE password_resets;
      DROP TABLE sessions;
      ALTER TABLE users DROP COLUMN erased_at;
    `);
  }
}
