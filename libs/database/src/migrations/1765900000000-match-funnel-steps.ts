import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * [P] The innovation funnel's match steps per need, kept beside `matches` (libs/matching's table, as is
 * this one): how many live MATCHER suggestions (not withdrawn), matches with a supplier's interest and
 * connected matches each need has. The funnel then reads ~20,000 narrow rows instead of probing 500,000
 * suggestions (docs/benchmarks.md, issue 13).
 *
 * Kept by a trigger on `matches`, so every writer of a match (the matcher, the lifecycle, seeded
 * connections, erasure, a bulk load) updates it in its own transaction and none can forget it. The
 * trigger adds each changed row's difference to the counts (increments commute, so concurrent writers
 * of one need need no ordering) and is deferred to commit: a request's transaction locks the need's
 * count row last, after every match row it writes, so the row adds no lock cycle. A write that moves no
 * count (a re-score, an e-mail flag) queues no event.
 */
export class MatchFunnelSteps1765900000000 implements MigrationInterface {
  name = 'MatchFunnelSteps1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_funnel_steps (
        need_id uuid PRIMARY KEY,
        suggestions integer NOT NULL DEFAULT 0,
        interests integer NOT NULL DEFAULT 0,
        connections integer NOT NULL DEFAULT 0
      ) WITH (fillfactor = 70); -- room on each page for the next version of a row (HOT updates: the key never changes)

      CREATE FUNCTION match_funnel_steps_add(need uuid, s integer, i integer, c integer) RETURNS void LANGUAGE sql AS $$
        INSERT INTO match_funnel_steps AS f (need_id, suggestions, interests, connections) VALUES (need, s, i, c)
        ON CONFLICT (need_id) DO UPDATE
          SET suggestions = f.suggestions + s, interests = f.interests + i, connections = f.connections + c
      $$;

      CREATE FUNCTION match_funnel_steps_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM match_funnel_steps_add(OLD.need_id,
            -(OLD.origin = 'MATCHER' AND OLD.status <> 'WITHDRAWN')::int,
            -(OLD.supplier_interested)::int,
            -(OLD.status = 'CONNECTED')::int);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          PERFORM match_funnel_steps_add(NEW.need_id,
            (NEW.origin = 'MATCHER' AND NEW.status <> 'WITHDRAWN')::int,
            (NEW.supplier_interested)::int,
            (NEW.status = 'CONNECTED')::int);
        END IF;
        RETURN NULL;
      END $$;

      CREATE FUNCTION match_funnel_steps_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM match_funnel_steps;
        RETURN NULL;
      END $$;

      CREATE CONSTRAINT TRIGGER match_funnel_steps_insert AFTER INSERT ON matches DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (NEW.origin = 'MATCHER' AND NEW.status <> 'WITHDRAWN' OR NEW.supplier_interested OR NEW.status = 'CONNECTED')
        EXECUTE FUNCTION match_funnel_steps_after_write();
      CREATE CONSTRAINT TRIGGER match_funnel_steps_update AFTER UPDATE ON matches DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (
          OLD.need_id IS DISTINCT FROM NEW.need_id
          OR (OLD.origin = 'MATCHER' AND OLD.status <> 'WITHDRAWN') IS DISTINCT FROM (NEW.origin = 'MATCHER' AND NEW.status <> 'WITHDRAWN')
          OR OLD.supplier_interested IS DISTINCT FROM NEW.supplier_interested
          OR (OLD.status = 'CONNECTED') IS DISTINCT FROM (NEW.status = 'CONNECTED'))
        EXECUTE FUNCTION match_funnel_steps_after_write();
      CREATE CONSTRAINT TRIGGER match_funnel_steps_delete AFTER DELETE ON matches DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (OLD.origin = 'MATCHER' AND OLD.status <> 'WITHDRAWN' OR OLD.supplier_interested OR OLD.status = 'CONNECTED')
        EXECUTE FUNCTION match_funnel_steps_after_write();
      CREATE TRIGGER match_funnel_steps_truncate AFTER TRUNCATE ON matches
        FOR EACH STATEMENT EXECUTE FUNCTION match_funnel_steps_after_truncate();

      INSERT INTO match_funnel_steps (need_id, suggestions, interests, connections)
      SELECT need_id,
             count(*) FILTER (WHERE origin = 'MATCHER' AND status <> 'WITHDRAWN'),
             count(*) FILTER (WHERE supplier_interested),
             count(*) FILTER (WHERE status = 'CONNECTED')
        FROM matches GROUP BY need_id;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER match_funnel_steps_truncate ON matches;
      DROP TRIGGER match_funnel_steps_delete ON matches;
      DROP TRIGGER match_funnel_steps_update ON matches;
      DROP TRIGGER match_funnel_steps_insert ON matches;
      DROP FUNCTION match_funnel_steps_after_truncate();
      DROP FUNCTION match_funnel_steps_after_write();
      DROP FUNCTION match_funnel_steps_add(uuid, integer, integer, integer);
      DROP TABLE match_funnel_steps;
    `);
  }
}
