import { MigrationInterface, QueryRunner } from 'typeorm';

/** Foundation schema: identity, reference data, needs, supplier profiles, matches and the outbox. */
export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PUBLIC_BUYER', 'SUPPLIER', 'PLATFORM')),
        organization_number text,
        country_code text NOT NULL,
        region_code text,
        website text,
        verified boolean NOT NULL DEFAULT false,
        verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX organizations_number_uq ON organizations (country_code, organization_number)
        WHERE organization_number IS NOT NULL;

      CREATE TABLE users (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('BUYER', 'SUPPLIER', 'ADMIN')),
        password_hash text NOT NULL,
        preferred_language text NOT NULL DEFAULT 'sv',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_uq ON users (lower(email));
      CREATE INDEX users_organization_idx ON users (organization_id);

      CREATE TABLE cpv_codes (
        code text PRIMARY KEY,
        label_sv text NOT NULL,
        label_en text NOT NULL,
        parent_code text,
        level smallint NOT NULL
      );

      CREATE TABLE regions (
        code text PRIMARY KEY,
        name text NOT NULL,
        level smallint NOT NULL,
        parent_code text
      );

      CREATE TABLE needs (
        id uuid PRIMARY KEY,
        buyer_organization_id uuid NOT NULL REFERENCES organizations (id),
        created_by_user_id uuid REFERENCES users (id),
        title text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL,
        desired_outcomes text[] NOT NULL DEFAULT '{}',
        language text NOT NULL,
        cpv_codes text[] NOT NULL,
        region_codes text[] NOT NULL,
        focus_areas text[] NOT NULL DEFAULT '{}',
        readiness text NOT NULL,
        estimated_value_sek bigint,
        dialogue_deadline timestamptz,
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
        stage text NOT NULL,
        published_at timestamptz,
        closed_at timestamptz,
        source_ref text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX needs_buyer_idx ON needs (buyer_organization_id, status);
      CREATE INDEX needs_status_idx ON needs (status);
      CREATE UNIQUE INDEX needs_source_ref_uq ON needs (source_ref) WHERE source_ref IS NOT NULL;

      CREATE TABLE supplier_profiles (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL UNIQUE REFERENCES organizations (id),
        headline text NOT NULL,
        description text NOT NULL,
        offerings text[] NOT NULL DEFAULT '{}',
        cpv_codes text[] NOT NULL,
        region_codes text[] NOT NULL,
        focus_areas text[] NOT NULL DEFAULT '{}',
        company_size text NOT NULL,
        readiness text NOT NULL,
        "references" jsonb NOT NULL DEFAULT '[]',
        languages text[] NOT NULL DEFAULT '{sv}',
        discoverable boolean NOT NULL DEFAULT true,
        contact_email text NOT NULL,
        source_ref text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX supplier_profiles_discoverable_idx ON supplier_profiles (discoverable);
      CREATE UNIQUE INDEX supplier_profiles_source_ref_uq ON supplier_profiles (source_ref) WHERE source_ref IS NOT NULL;

      -- A match is the unique (need, supplier) pair; the matching engine fills score and components.
      CREATE TABLE matches (
        id uuid PRIMARY KEY,
        need_id uuid NOT NULL REFERENCES needs (id),
        supplier_id uuid NOT NULL REFERENCES supplier_profiles (id),
        status text NOT NULL CHECK (status IN ('SUGGESTED', 'INTERESTED', 'INVITED', 'CONNECTED', 'DECLINED')),
        supplier_interested boolean NOT NULL DEFAULT false,
        buyer_invited boolean NOT NULL DEFAULT false,
        score double precision NOT NULL DEFAULT 0,
        components jsonb NOT NULL DEFAULT '[]',
        explanation text NOT NULL DEFAULT '',
        criteria_version integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (need_id, supplier_id)
      );
      CREATE INDEX matches_supplier_idx ON matches (supplier_id, status);

      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        event_type text NOT NULL,
        aggregate_id text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        priority smallint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      );
      CREATE INDEX outbox_unpublished_idx ON outbox (priority, id) WHERE published_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE outbox; DROP TABLE matches; DROP TABLE supplier_profiles; DROP TABLE needs; DROP TABLE regions;
      DROP TABLE cpv_codes; DROP TABLE users; DROP TABLE organizations;
    `);
  }
}
