import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig, testDatabaseUrl, testServices } from '@navet/config';
import { newId } from '@navet/core';
import { dataSourceOptions, dropDatabase, migrateDatabase } from '@navet/database';
import { OutboxModule, OutboxRelay } from '@navet/outbox';
import { JobProducer, QueueModule } from '@navet/queue';
import { ReferenceModule } from '@navet/reference';
import { NotificationsJobsModule } from '../notifications-jobs.module';
import { NotificationsModule } from '../notifications.module';

export interface NotificationsTestEnv {
  app: INestApplicationContext;
  ds: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * A fresh migrated database, a unique queue prefix and search-index prefix, and both notification
 * modules wired as the API and the worker use them, with the outbox relay. `env` adds or overrides variables.
 */
export async function startNotificationsTestEnv(env: Record<string, string | undefined>): Promise<NotificationsTestEnv> {
  const tag = randomBytes(5).toString('hex');
  const dbUrl = testDatabaseUrl(`navet_notif_${tag}`);
  await migrateDatabase(dbUrl);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: dbUrl,
    ...testServices().env,
    NAVET_SEARCH_PREFIX: `tn_${tag}_`,
    NAVET_QUEUE_PREFIX: `tn_${tag}`,
    NAVET_PUBLIC_URL: 'https://navet.test',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      ReferenceModule,
      QueueModule,
      OutboxModule,
      TypeOrmModule.forRoot(dataSourceOptions(dbUrl, [], 4)),
      NotificationsModule,
      NotificationsJobsModule,
    ],
    // Tests relay the outbox themselves (env.app.get(OutboxRelay).drain()); no worker runs the jobs.
    providers: [OutboxRelay],
  }).compile();
  const app = await moduleRef.init();
  const ds = app.get(DataSource);
  return {
    app,
    ds,
    config,
    async close() {
      const queue = app.get(JobProducer).queue('notifications');
      await queue.obliterate({ force: true });
      await app.close();
      await dropDatabase(dbUrl);
    },
  };
}

/** Rows inserted with SQL, as the other features would have written them. */
export class Fixtures {
  constructor(private readonly ds: DataSource) {}

  async organization(name: string, kind: 'PUBLIC_BUYER' | 'SUPPLIER'): Promise<string> {
    const id = newId();
    await this.ds.query(`INSERT INTO organizations (id, name, kind, country_code, verified) VALUES ($1, $2, $3, 'SE', true)`, [
      id,
      name,
      kind,
    ]);
    return id;
  }

  async user(organizationId: string, email: string, language = 'sv'): Promise<string> {
    const id = newId();
    await this.ds.query(
      `INSERT INTO users (id, organization_id, email, name, role, password_hash, preferred_language)
       SELECT $1, $2, $3, 'Test Person', CASE o.kind WHEN 'SUPPLIER' THEN 'SUPPLIER' ELSE 'BUYER' END, 'x', $4 FROM organizations o WHERE o.id = $2`,
      [id, organizationId, email, language],
    );
    return id;
  }

  async need(
    buyerId: string,
    title: string,
    opts: {
      cpv?: string;
      region?: string;
      focus?: string;
      status?: string;
    } = {},
  ): Promise<string> {
    const id = newId();
    const status = opts.status ?? 'PUBLISHED';
    await this.ds.query(
      `INSERT INTO needs (id, buyer_organization_id, title, summary, description, language, cpv_codes, region_codes, focus_areas,
         readiness, status, stage, published_at)
       VALUES ($1, $2, $3, 'Sammanfattning', 'Beskrivning av behovet', 'sv', $4, $5, $6, 'MARKET_READY', $7, 'MARKET_DIALOGUE',
         CASE WHEN $7 = 'PUBLISHED' THEN now() END)`,
      [id, buyerId, title, [opts.cpv ?? '34144900-7'], [opts.region ?? 'SE110'], [opts.focus ?? 'TRANSPORT'], status],
    );
    return id;
  }

  async supplierProfile(organizationId: string): Promise<string> {
    const id = newId();
    await this.ds.query(
      `INSERT INTO supplier_profiles (id, organization_id, headline, description, cpv_codes, region_codes, company_size, readiness, contact_email)
       VALUES ($1, $2, 'Laddinfrastruktur', 'Vi bygger laddplatser', '{"31158100-9"}', '{"SE"}', 'SMALL', 'MARKET_READY', 'kontakt@example.se')`,
      [id, organizationId],
    );
    return id;
  }

  async match(needId: string, supplierId: string, score = 0.8): Promise<string> {
    const id = newId();
    await this.ds.query(
      `INSERT INTO matches (id, need_id, supplier_id, status, score, explanation) VALUES ($1, $2, $3, 'SUGGESTED', $4, 'Stark matchning: samma CPV-klass.')`,
      [id, needId, supplierId, score],
    );
    return id;
  }

  async webhook(organizationId: string, url: string, secret: string): Promise<void> {
    await this.ds.query(`INSERT INTO organization_webhooks (organization_id, url, secret) VALUES ($1, $2, $3)`, [
      organizationId,
      url,
      secret,
    ]);
  }
}
