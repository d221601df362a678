import { MigrationInterface, QueryRunner } from 'typeorm';

/** The equal-treatment ledger: one hash chain per need, append-only in the database itself. */
export class Ledger1764000000000 implements MigrationInterface {
  name = 'Ledger1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger_entries (
        need_id uuid NOT NULL REFERENCES needs (id),
        sequence integer NOT NULL CHECK (sequence >= 1),
        at timestamptz NOT NULL,
        action text NOT NULL,
        actor_organization_id uuid,
        summary text NOT NULL,
        previous_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        PRIMARY KEY (need_id, sequence)
      );

      -- History is never rewritten: the database refuses UPDATE, DELETE and TRUNCATE, whoever asks.
      CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger_entries is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER ledger_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_entries
        FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();
      CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger_entries; DROP FUNCTION ledger_entries_append_only();`);
  }
}
