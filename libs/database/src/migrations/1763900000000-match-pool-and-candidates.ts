import { MigrationInterface, QueryRunner } from 'typeorm';

/** What lets matching scale: bulk profile changes re-match needs once, criteria changes re-score stored candidates. */
export class MatchPoolAndCandidates1763900000000 implements MigrationInterface {
  name = 'MatchPoolAndCandidates1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Bulk profile changes (imports, seeding) are handed to the matcher together: profiles indexed
      -- in bulk wait in match_pool_pending; needs whose candidates were generated before
      -- needs_stale_before may miss profiles and are matched again. match_pool has one row.
      CREATE TABLE match_pool (
        id smallint PRIMARY KEY CHECK (id = 1),
        needs_stale_before timestamptz NOT NULL DEFAULT '-infinity'
      );
      INSERT INTO match_pool (id) VALUES (1);
      CREATE TABLE match_pool_pending (supplier_id uuid PRIMARY KEY);

      -- Candidate generation's result for a need version (criteria do not affect it), so a criteria
      -- change re-scores these instead of searching again. Parallel arrays; a NULL text score means
      -- the profile was found through CPV codes only. supplier_versions tell which scores still hold.
      CREATE TABLE need_candidates (
        need_id uuid PRIMARY KEY REFERENCES needs (id) ON DELETE CASCADE,
        need_version integer NOT NULL,
        generated_at timestamptz NOT NULL,
        supplier_ids uuid[] NOT NULL,
        supplier_versions integer[] NOT NULL,
        text_scores double precision[] NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE need_candidates; DROP TABLE match_pool_pending; DROP TABLE match_pool;`);
  }
}
