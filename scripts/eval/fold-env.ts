import { randomBytes } from 'node:crypto';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig } from '@navet/config';
import { dataSourceOptions, dropDatabase, migrateDatabase } from '@navet/database';
import { MatchingModule } from '@navet/matching';
import { OutboxModule } from '@navet/outbox';
import { JobProducer, QueueModule } from '@navet/queue';
import { ReferenceModule } from '@navet/reference';
import { dropIndex, MeiliClient, SearchIndexingModule } from '@navet/search';
import { ALL_ENTITIES } from '../../apps/entities';
import { withDatabase } from '../services';

/** Where the services are (found or started by resolveServices). */
export interface ServiceUrls {
  postgres: string;
  redis: string;
  meili: string;
  meiliMasterKey?: string;
}

/**
 * One fold's isolated Navet: a temporary database `navet_eval_<random>`, index prefix
 * `eval_<random>_` and queue prefix, with the production matching and search services wired as in
 * the worker. close() removes all three, also after a failure half-way.
 */
export interface FoldEnv {
  app: INestApplicationContext;
  ds: DataSource;
  database: string;
  close(): Promise<void>;
}

export async function openFoldEnv(urls: ServiceUrls): Promise<FoldEnv> {
  const tag = randomBytes(5).toString('hex');
  const database = `navet_eval_${tag}`;
  const dbUrl = withDatabase(urls.postgres, database);
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    DATABASE_URL: dbUrl,
    REDIS_URL: urls.redis,
    MEILI_URL: urls.meili,
    ...(urls.meiliMasterKey ? { MEILI_MASTER_KEY: urls.meiliMasterKey } : {}),
    NAVET_SEARCH_PREFIX: `eval_${tag}_`,
    NAVET_QUEUE_PREFIX: `eval_${tag}`,
    RECONCILE_INTERVAL_SECONDS: '0',
  });

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      ReferenceModule,
      OutboxModule,
      QueueModule,
      TypeOrmModule.forRoot(dataSourceOptions(dbUrl, ALL_ENTITIES, 8)),
      SearchIndexingModule,
      MatchingModule,
    ],
  })
  class EvalFoldModule {}

  let app: INestApplicationContext | null = null;
  const close = async (): Promise<void> => {
    const errors: unknown[] = [];
    const attempt = async (step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (e) {
        errors.push(e);
      }
    };
    if (app) {
      const meili = app.get(MeiliClient);
      await attempt(async () => {
        const { results } = await meili.client.getRawIndexes({ limit: 1000 });
        for (const { uid } of results) if (uid.startsWith(meili.prefix)) await dropIndex(meili.client, uid);
      });
      for (const q of app.get(JobProducer).allQueues()) await attempt(() => q.obliterate({ force: true }));
      await attempt(() => app!.close());
    }
    await attempt(() => dropDatabase(dbUrl));
    if (errors.length) throw new Error(`cleaning up ${database} failed: ${errors.map(String).join('; ')}`);
  };

  try {
    await migrateDatabase(dbUrl);
    app = await NestFactory.createApplicationContext(EvalFoldModule, { logger: false });
    return { app, ds: app.get(DataSource), database, close };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}
