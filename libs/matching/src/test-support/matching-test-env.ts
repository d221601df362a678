import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig, testDatabaseUrl, testServices } from '@navet/config';
import { newId } from '@navet/core';
import { dataSourceOptions, dropDatabase, migrateDatabase } from '@navet/database';
import type { Actor, Role } from '@navet/identity';
import { OutboxModule, OutboxRelay } from '@navet/outbox';
import { JobProducer, QueueModule } from '@navet/queue';
import { ReferenceModule } from '@navet/reference';
import { dropIndex, IndexNeedHandler, IndexSupplierHandler, MeiliClient, SearchIndexingModule } from '@navet/search';
import { MatchingJobsModule } from '../matching-jobs.module';

/**
 * Test-only wiring against the real services: a fresh PostgreSQL database (NAVET_TEST_PG_URL),
 * Meilisearch (MEILI_URL, MEILI_MASTER_KEY) and Redis, each with a prefix unique to the test file.
 */
export interface MatchingTestEnv {
  app: INestApplicationContext;
  ds: DataSource;
  meili: MeiliClient;
  close(): Promise<void>;
}

export async function createMatchingTestEnv(): Promise<MatchingTestEnv> {
  const services = testServices();
  if (!services.env.MEILI_URL)
    throw new Error('MEILI_URL is not set: start Meilisearch and set MEILI_URL (and MEILI_MASTER_KEY)');
  const tag = randomBytes(5).toString('hex');
  const dbUrl = testDatabaseUrl(`navet_matching_${tag}`);
  await migrateDatabase(dbUrl);

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: dbUrl,
    ...services.env,
    NAVET_SEARCH_PREFIX: `t_${tag}_`,
    NAVET_QUEUE_PREFIX: `t_${tag}`,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      ReferenceModule,
      OutboxModule,
      QueueModule,
      TypeOrmModule.forRoot(dataSourceOptions(dbUrl, [], 4)),
      SearchIndexingModule,
      MatchingJobsModule,
    ],
    // Tests relay the outbox themselves (env.app.get(OutboxRelay).drain()); no worker runs the jobs.
    providers: [OutboxRelay],
  }).compile();
  const app = await moduleRef.init();
  const meili = app.get(MeiliClient);
  return {
    app,
    ds: app.get(DataSource),
    meili,
    async close() {
      const { results } = await meili.client.getRawIndexes({ limit: 1000 });
      for (const { uid } of results) if (uid.startsWith(meili.prefix)) await dropIndex(meili.client, uid);
      for (const q of app.get(JobProducer).allQueues()) await q.obliterate({ force: true });
      await app.close();
      await dropDatabase(dbUrl);
    },
  };
}

/** An organization with one user; returns the user as an actor. */
export async function seedActor(ds: DataSource, role: Role, name = `Org ${role}`): Promise<Actor> {
  const kind = role === 'BUYER' ? 'PUBLIC_BUYER' : role === 'SUPPLIER' ? 'SUPPLIER' : 'PLATFORM';
  const organizationId = newId();
  const userId = newId();
  await ds.query(`INSERT INTO organizations (id, name, kind, country_code, verified) VALUES ($1, $2, $3, 'SE', true)`, [
    organizationId,
    name,
    kind,
  ]);
  await ds.query(
    `INSERT INTO users (id, organization_id, email, name, role, password_hash) VALUES ($1, $2, $3, 'Test', $4, 'x')`,
    [userId, organizationId, `${userId}@example.test`, role],
  );
  return { userId, organizationId, role };
}

export interface NeedSeed {
  title: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas?: string[];
  status?: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  description?: string;
  dialogueDeadline?: Date | null;
}

/** A need, indexed when published (the needs index holds published needs only). */
export async function seedNeed(env: MatchingTestEnv, buyer: Actor, n: NeedSeed): Promise<string> {
  const id = newId();
  await env.ds.query(
    `INSERT INTO needs (id, buyer_organization_id, title, summary, description, desired_outcomes, language, cpv_codes,
       region_codes, focus_areas, readiness, status, stage, published_at, dialogue_deadline)
     VALUES ($1, $2, $3, $3, $4, '{}', 'sv', $5, $6, $7, 'MARKET_READY', $8, 'MARKET_DIALOGUE',
       CASE WHEN $8 <> 'DRAFT' THEN now() END, $9)`,
    [
      id,
      buyer.organizationId,
      n.title,
      n.description ?? n.title,
      n.cpvCodes,
      n.regionCodes,
      n.focusAreas ?? [],
      n.status ?? 'PUBLISHED',
      n.dialogueDeadline ?? null,
    ],
  );
  await env.app.get(IndexNeedHandler).handle({ needId: id });
  return id;
}

export interface ProfileSeed {
  headline: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas?: string[];
  offerings?: string[];
  discoverable?: boolean;
}

/** A supplier profile for the organization, indexed when discoverable (the index holds discoverable profiles only). */
export async function seedProfile(env: MatchingTestEnv, supplier: Actor, p: ProfileSeed): Promise<string> {
  const id = newId();
  await env.ds.query(
    `INSERT INTO supplier_profiles (id, organization_id, headline, description, offerings, cpv_codes, region_codes,
       focus_areas, company_size, readiness, contact_email, discoverable)
     VALUES ($1, $2, $3, $3, $4, $5, $6, $7, 'SMALL', 'MARKET_READY', 'kontakt@example.test', $8)`,
    [
      id,
      supplier.organizationId,
      p.headline,
      p.offerings ?? [],
      p.cpvCodes,
      p.regionCodes,
      p.focusAreas ?? [],
      p.discoverable ?? true,
    ],
  );
  await env.app.get(IndexSupplierHandler).handle({ supplierId: id });
  return id;
}

export async function outboxCount(ds: DataSource, type: string): Promise<number> {
  const rows: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE event_type = $1`, [type]);
  return rows[0].n;
}

export async function outboxPayloads(ds: DataSource, type: string): Promise<Record<string, string>[]> {
  const rows: { payload: Record<string, string> }[] = await ds.query(
    `SELECT payload FROM outbox WHERE event_type = $1 ORDER BY id`,
    [type],
  );
  return rows.map((r) => r.payload);
}

/** Resolves with the DomainError code (and field) of a rejected call. */
export async function failure(p: Promise<unknown>): Promise<{ code?: string; field?: string }> {
  try {
    await p;
  } catch (e) {
    return { code: (e as { code?: string }).code, field: (e as { field?: string }).field };
  }
  throw new Error('expected the call to fail');
}
