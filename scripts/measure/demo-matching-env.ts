/**
 * A throwaway environment with the demo data for the matching measurements: services found or started
 * as `npm start` does, a database, index prefix and queue prefix of the run's own, the demo seeded and
 * its profiles indexed. `close()` removes all of it again.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '@navet/config';
import { dropDatabase } from '@navet/database';
import { MatchingJobsModule } from '@navet/matching';
import { OutboxModule } from '@navet/outbox';
import { QueueModule } from '@navet/queue';
import { ReferenceCatalogue, ReferenceModule } from '@navet/reference';
import { dropIndex, IndexSuppliersHandler, MeiliClient, SearchIndexingModule } from '@navet/search';
import { moduleContext } from '@navet/testing';
import { prepareDatabase } from '../dev/prepare-database';
import { seedDemo } from '../seed/seed-demo';
import { resolveServices, withDatabase } from '../services';

export interface DemoMatchingEnv {
  app: INestApplicationContext;
  ds: DataSource;
  catalogue: ReferenceCatalogue;
  /** Supplier profiles seeded and indexed. */
  profiles: number;
  close(): Promise<void>;
}

export async function openDemoMatchingEnv(
  name: string,
  log: (line: string) => void,
  extraModules: Parameters<typeof moduleContext>[1] = [],
): Promise<DemoMatchingEnv> {
  const services = await resolveServices({
    dataDir: join(process.cwd(), process.env.NAVET_DATA_DIR ?? '.data'),
    env: process.env,
    log: () => undefined,
  });
  const tag = `${name}${randomBytes(4).toString('hex')}`;
  const databaseUrl = withDatabase(services.postgres.url, `navet_${tag}`);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: services.redis.url,
    MEILI_URL: services.meili.url,
    MEILI_MASTER_KEY: services.meili.masterKey ?? '',
    NAVET_SEARCH_PREFIX: `${tag}_`,
    NAVET_QUEUE_PREFIX: tag,
    RECONCILE_INTERVAL_SECONDS: '0',
  });
  await prepareDatabase(databaseUrl, log);
  const app = await moduleContext(config, [
    ReferenceModule,
    OutboxModule,
    QueueModule,
    SearchIndexingModule,
    MatchingJobsModule,
    ...extraModules,
  ]);
  const close = async () => {
    await app.close();
    const meili = new MeiliClient(config);
    const { results } = await meili.client.getRawIndexes({ limit: 1000 });
    for (const { uid } of results) if (uid.startsWith(`${tag}_`)) await dropIndex(meili.client, uid);
    await dropDatabase(databaseUrl);
    await services.stop();
  };
  try {
    const ds = app.get(DataSource);
    const catalogue = ReferenceCatalogue.fromFiles();
    await seedDemo(ds, catalogue);
    const ids = ((await ds.query(`SELECT id FROM supplier_profiles`)) as { id: string }[]).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) await app.get(IndexSuppliersHandler).handle({ supplierIds: ids.slice(i, i + 500) });
    return { app, ds, catalogue, profiles: ids.length, close };
  } catch (e) {
    await close();
    throw e;
  }
}
