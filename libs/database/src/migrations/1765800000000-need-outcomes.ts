import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * [P] Outcomes of closed needs (what happened, lessons learned, who was contracted), public with the
 * need; `matches.contracted_at`, set on the matches of the contracted suppliers (they count as
 * positive outcomes for FEEDBACK and for the criteria replay); indexes for the innovation funnel.
 */
export class NeedOutcomes1765800000000 implements MigrationInterface {
  name = 'NeedOutcomes1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE need_outcomes (
        need_id uuid PRIMARY KEY REFERENCES needs (id) ON DELETE CASCADE,
        result text NOT NULL CHECK (result IN ('PROCURED', 'SOLVED_OTHERWISE', 'ABANDONED')),
        summary text NOT NULL,
        lessons_learned text,
        contracted_supplier_ids uuid[] NOT NULL DEFAULT '{}',
        recorded_at timestamptz NOT NULL
      );
      ALTER TABLE matches ADD COLUMN contracted_at timestamptz;
      -- The funnel reads the published needs' grouping columns from the index alone (the rows are wide) ...
      CREATE INDEX needs_funnel_idx ON needs (published_at) INCLUDE (id, stage, focus_areas, region_codes, cpv_codes)
        WHERE published_at IS NOT NULL;
      -- ... and which needs got interest or a connection without reading every suggestion.
      CREATE INDEX matches_interest_need_idx ON matches (need_id) WHERE supplier_interested;
      CREATE INDEX matches_connected_need_idx ON matches (need_id) WHERE status = 'CONNECTED';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX matches_connected_need_idx;
      DROP INDEX matches_interest_need_idx;
      DROP INDEX needs_funnel_idx;
      ALTER TABLE matches DROP COLUMN contracted_at;
      DROP TABLE need_outcomes;
    `);
  }
}
