import { isAbsolute, join } from 'node:path';
import { installSignalCleanup, resolveServices, Services, withoutDatabase } from '../scripts/services';

/** Handed from global setup to global teardown (Jest runs both in its main process). */
export const SERVICES_KEY = '__navetTestServices';

export type GlobalWithServices = typeof globalThis & { [SERVICES_KEY]?: Services };

/**
 * Finds or starts PostgreSQL, Redis and Meilisearch once per `npm test`, exactly as `npm start`
 * does, and publishes their URLs in process.env; Jest workers inherit it. Each test file then
 * creates its own database, index prefix and queue prefix.
 */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..');
  const dataDir = process.env.NAVET_DATA_DIR ?? '.data';
  const base = isAbsolute(dataDir) ? dataDir : join(root, dataDir);
  const services = await resolveServices({
    dataDir: join(base, 'test'),
    env: process.env,
    log: (line) => console.log(`[test services] ${line}`),
  });
  (globalThis as GlobalWithServices)[SERVICES_KEY] = services;
  installSignalCleanup();

  // No database in the path: each test file appends or sets its own.
  process.env.NAVET_TEST_PG_URL = withoutDatabase(services.postgres.url);
  process.env.REDIS_URL = services.redis.url;
  process.env.MEILI_URL = services.meili.url;
  if (services.meili.masterKey) process.env.MEILI_MASTER_KEY = services.meili.masterKey;
  process.env.NODE_ENV = 'test';
}
