import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suppliers' questions on a need (seen by the buyer, the asker and admins) and the buyer's public
 * clarifications (seen by everyone who may read the need). An answered question points at the
 * clarification that answered it; the CHECK keeps status and link in step.
 */
export class Clarifications1764100000000 implements MigrationInterface {
  name = 'Clarifications1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE clarifications (
        id uuid PRIMARY KEY,
        need_id uuid NOT NULL REFERENCES needs (id),
        question text NOT NULL,
        answer text NOT NULL,
        published_by_user_id uuid REFERENCES users (id),
        published_at timestamptz NOT NULL
      );
      CREATE INDEX clarifications_need_idx ON clarifications (need_id, published_at, id);

      CREATE TABLE questions (
        id uuid PRIMARY KEY,
        need_id uuid NOT NULL REFERENCES needs (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        asked_by_user_id uuid REFERENCES users (id),
        question text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ANSWERED')),
        clarification_id uuid UNIQUE REFERENCES clarifications (id),
        asked_at timestamptz NOT NULL,
        answered_at timestamptz,
        CHECK ((status = 'ANSWERED') = (clarification_id IS NOT NULL))
      );
      CREATE INDEX questions_need_idx ON questions (need_id, asked_at, id);
      CREATE INDEX questions_organization_idx ON questions (organization_id, asked_at, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE questions; DROP TABLE clarifications;`);
  }
}
