import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Similar needs and buyer groups: the similar-need threshold joins the match criteria, pairs already
 * told to their buyers are remembered (unordered, once), and groups of needs of several buyers.
 */
export class BuyerGroups1764300000000 implements MigrationInterface {
  name = 'BuyerGroups1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE match_criteria
        ADD COLUMN similar_need_min_score double precision NOT NULL DEFAULT 0.4
          CHECK (similar_need_min_score >= 0 AND similar_need_min_score <= 1);

      -- One row per unordered pair of needs whose buyers were told of each other (need_a_id < need_b_id).
      CREATE TABLE similar_need_pairs (
        need_a_id uuid NOT NULL REFERENCES needs (id),
        need_b_id uuid NOT NULL REFERENCES needs (id),
        score double precision NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (need_a_id, need_b_id),
        CHECK (need_a_id < need_b_id)
      );
      CREATE INDEX similar_need_pairs_need_b ON similar_need_pairs (need_b_id);

      CREATE TABLE buyer_groups (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        created_by_organization_id uuid NOT NULL REFERENCES organizations (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Set when its last need left; kept so proposals that formed it still point somewhere.
        dissolved_at timestamptz
      );

      -- need_id is the key: a need belongs to at most one group.
      CREATE TABLE buyer_group_needs (
        need_id uuid PRIMARY KEY REFERENCES needs (id),
        group_id uuid NOT NULL REFERENCES buyer_groups (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        joined_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX buyer_group_needs_group ON buyer_group_needs (group_id);
      CREATE INDEX buyer_group_needs_organization ON buyer_group_needs (organization_id);

      CREATE TABLE buyer_group_proposals (
        id uuid PRIMARY KEY,
        from_need_id uuid NOT NULL REFERENCES needs (id),
        to_need_id uuid NOT NULL REFERENCES needs (id),
        from_organization_id uuid NOT NULL REFERENCES organizations (id),
        to_organization_id uuid NOT NULL REFERENCES organizations (id),
        message text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        group_id uuid REFERENCES buyer_groups (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        CHECK (from_need_id <> to_need_id)
      );
      -- At most one open proposal per pair of needs, whichever side proposed.
      CREATE UNIQUE INDEX buyer_group_proposals_pending_pair ON buyer_group_proposals
        (least(from_need_id, to_need_id), greatest(from_need_id, to_need_id)) WHERE status = 'PENDING';
      CREATE INDEX buyer_group_proposals_from_org ON buyer_group_proposals (from_organization_id);
      CREATE INDEX buyer_group_proposals_to_org ON buyer_group_proposals (to_organization_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE buyer_group_proposals;
      DROP TABLE buyer_group_needs;
      DROP TABLE buyer_groups;
      DROP TABLE similar_need_pairs;
      ALTER TABLE match_criteria DROP COLUMN similar_need_min_score;
    `);
  }
}
