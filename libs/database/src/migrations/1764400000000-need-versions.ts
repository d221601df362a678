import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One snapshot per public version of a need (published, changed while published, closed), written in
 * the transaction of the change: the OCDS feed publishes one release per version, so what a need said
 * then stays readable after later edits. Drafts are never snapshotted.
 */
export class NeedVersions1764400000000 implements MigrationInterface {
  name = 'NeedVersions1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE need_versions (
        need_id uuid NOT NULL REFERENCES needs (id),
        version integer NOT NULL,
        released_at timestamptz NOT NULL,
        buyer_organization_id uuid NOT NULL REFERENCES organizations (id),
        title text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL,
        desired_outcomes text[] NOT NULL,
        language text NOT NULL,
        cpv_codes text[] NOT NULL,
        region_codes text[] NOT NULL,
        focus_areas text[] NOT NULL,
        readiness text NOT NULL,
        estimated_value_sek bigint,
        dialogue_deadline timestamptz,
        status text NOT NULL CHECK (status IN ('PUBLISHED', 'CLOSED')),
        stage text NOT NULL,
        published_at timestamptz,
        closed_at timestamptz,
        PRIMARY KEY (need_id, version)
      );
      -- The feed pages by (released_at, need_id, version).
      CREATE INDEX need_versions_feed_idx ON need_versions (released_at, need_id, version);
      -- Public needs that existed before this table: their current version is their first release.
      INSERT INTO need_versions
        SELECT id, version, date_trunc('milliseconds', updated_at), buyer_organization_id, title, summary, description,
          desired_outcomes, language, cpv_codes, region_codes, focus_areas, readiness, estimated_value_sek,
          dialogue_deadline, status, stage, published_at, closed_at
        FROM needs WHERE status <> 'DRAFT';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE need_versions`);
  }
}
