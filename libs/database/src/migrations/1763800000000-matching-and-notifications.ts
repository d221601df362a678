import { MigrationInterface, QueryRunner } from 'typeorm';

/** Matching engine, match lifecycle, feedback, notifications, deliveries, webhooks and saved searches. */
export class MatchingAndNotifications1763800000000 implements MigrationInterface {
  name = 'MatchingAndNotifications1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_criteria (
        version integer PRIMARY KEY,
        weights jsonb NOT NULL,
        min_score double precision NOT NULL,
        max_suggestions_per_need integer NOT NULL,
        note text,
        created_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      ALTER TABLE matches
        ADD COLUMN origin text NOT NULL DEFAULT 'MATCHER' CHECK (origin IN ('MATCHER', 'SUPPLIER', 'BUYER')),
        ADD COLUMN interest_message text,
        ADD COLUMN invitation_message text,
        ADD COLUMN declined_by text CHECK (declined_by IN ('SUPPLIER', 'BUYER')),
        ADD COLUMN decline_reason text,
        ADD COLUMN connected_at timestamptz,
        ADD COLUMN version integer NOT NULL DEFAULT 1;
      CREATE INDEX matches_need_score_idx ON matches (need_id, score DESC);

      -- The last (subject version, criteria version) the matcher computed, so a burst of jobs for one
      -- need or profile costs one computation and a re-run of the same state is skipped.
      CREATE TABLE match_runs (
        subject_kind text NOT NULL CHECK (subject_kind IN ('NEED', 'SUPPLIER')),
        subject_id uuid NOT NULL,
        subject_version integer NOT NULL,
        criteria_version integer NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject_kind, subject_id)
      );

      CREATE TABLE match_ratings (
        match_id uuid NOT NULL REFERENCES matches (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        relevant boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (match_id, organization_id)
      );

      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        type text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        need_id uuid,
        match_id uuid,
        event_key text NOT NULL,
        in_digest boolean NOT NULL DEFAULT false,
        digested_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (user_id, event_key)
      );
      CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);
      CREATE INDEX notifications_digest_idx ON notifications (user_id) WHERE in_digest AND digested_at IS NULL;

      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users (id),
        email boolean NOT NULL DEFAULT true,
        daily_match_cap integer NOT NULL DEFAULT 10,
        unsubscribe_token text NOT NULL UNIQUE,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE organization_webhooks (
        organization_id uuid PRIMARY KEY REFERENCES organizations (id),
        url text,
        secret text NOT NULL,
        consecutive_failures integer NOT NULL DEFAULT 0,
        disabled_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- One row per (recipient, event, channel): the unique key makes each delivery happen once.
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY,
        delivery_key text NOT NULL UNIQUE,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
        notification_id uuid REFERENCES notifications (id),
        organization_id uuid REFERENCES organizations (id),
        user_id uuid REFERENCES users (id),
        event_type text NOT NULL,
        -- The notification event (e.g. NEW_MATCH:<matchId>) a retry of the planner re-enqueues by; null for digests.
        event_key text,
        payload jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX deliveries_event_key_idx ON deliveries (event_key) WHERE status = 'PENDING';
      CREATE INDEX deliveries_pending_idx ON deliveries (created_at) WHERE status = 'PENDING';

      CREATE TABLE saved_searches (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        name text NOT NULL,
        query text,
        cpv_prefixes text[] NOT NULL DEFAULT '{}',
        region_codes text[] NOT NULL DEFAULT '{}',
        focus_areas text[] NOT NULL DEFAULT '{}',
        -- Every NUTS prefix of every region code, so "the need's region contains the saved one" is an array overlap too.
        region_prefixes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX saved_searches_user_idx ON saved_searches (user_id, created_at DESC);
      -- The saved-search prefilter for a published need runs on these array overlaps.
      CREATE INDEX saved_searches_cpv_gin ON saved_searches USING gin (cpv_prefixes);
      CREATE INDEX saved_searches_region_gin ON saved_searches USING gin (region_codes);
      CREATE INDEX saved_searches_region_prefix_gin ON saved_searches USING gin (region_prefixes);
      CREATE INDEX saved_searches_focus_gin ON saved_searches USING gin (focus_areas);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE saved_searches; DROP TABLE deliveries; DROP TABLE organization_webhooks;
      DROP TABLE notification_preferences; DROP TABLE notifications; DROP TABLE match_ratings; DROP TABLE match_runs;
      DROP INDEX matches_need_score_idx;
      ALTER TABLE matches DROP COLUMN origin, DROP COLUMN interest_message, DROP COLUMN invitation_message,
        DROP COLUMN declined_by, DROP COLUMN decline_reason, DROP COLUMN connected_at, DROP COLUMN version;
      DROP TABLE match_criteria;
    `);
  }
}
