import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dialogues between the parties of a CONNECTED match (libs/dialogue), and the moments a match's
 * interest and invitation were given (libs/matching), so their messages open a dialogue's history
 * at the time they were written.
 */
export class Dialogues1764200000000 implements MigrationInterface {
  name = 'Dialogues1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE matches ADD COLUMN interested_at timestamptz, ADD COLUMN invited_at timestamptz;

      -- One dialogue per match (the unique match_id makes opening idempotent). The parties' organizations
      -- are copied from the need and the profile (neither changes owner) so access checks need no join.
      CREATE TABLE dialogues (
        id uuid PRIMARY KEY,
        match_id uuid NOT NULL UNIQUE REFERENCES matches (id),
        need_id uuid NOT NULL REFERENCES needs (id),
        supplier_id uuid NOT NULL REFERENCES supplier_profiles (id),
        buyer_organization_id uuid NOT NULL REFERENCES organizations (id),
        supplier_organization_id uuid NOT NULL REFERENCES organizations (id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        last_message_at timestamptz,
        message_count integer NOT NULL DEFAULT 0
      );
      CREATE INDEX dialogues_need_idx ON dialogues (need_id);
      CREATE INDEX dialogues_supplier_org_idx ON dialogues (supplier_organization_id);

      -- seq numbers the messages of a dialogue 1, 2, ... (oldest first): paging and read markers use it.
      CREATE TABLE dialogue_messages (
        id uuid PRIMARY KEY,
        dialogue_id uuid NOT NULL REFERENCES dialogues (id),
        seq integer NOT NULL CHECK (seq >= 1),
        author_side text NOT NULL CHECK (author_side IN ('BUYER', 'SUPPLIER')),
        author_organization_id uuid NOT NULL REFERENCES organizations (id),
        body text NOT NULL,
        confidentiality_requested boolean NOT NULL DEFAULT false,
        confidentiality_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (dialogue_id, seq),
        CHECK (NOT confidentiality_requested OR author_side = 'SUPPLIER'),
        CHECK (confidentiality_reason IS NULL OR confidentiality_requested)
      );

      -- Per organization: the highest seq it has read in the dialogue.
      CREATE TABLE dialogue_reads (
        dialogue_id uuid NOT NULL REFERENCES dialogues (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        read_seq integer NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dialogue_id, organization_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE dialogue_reads;
      DROP TABLE dialogue_messages;
      DROP TABLE dialogues;
      ALTER TABLE matches DROP COLUMN interested_at, DROP COLUMN invited_at;
    `);
  }
}
