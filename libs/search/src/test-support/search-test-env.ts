import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig, testDatabaseUrl, testServices } from '@navet/config';
import { dropDatabase, ensureDatabase } from '@navet/database';
import { MeiliClient } from '../client/meili-client.service';
import { dropIndex } from '../client/index-setup';

/**
 * Test-only wiring: a real Meilisearch from MEILI_URL / MEILI_MASTER_KEY (set by the global setup,
 * or by hand) and a real PostgreSQL server from NAVET_TEST_PG_URL, isolated per test file.
 */
export function searchTestConfig(databaseUrl?: string): AppConfig {
  const { env } = testServices();
  if (!env.MEILI_URL) throw new Error('MEILI_URL is not set: start Meilisearch and set MEILI_URL (and MEILI_MASTER_KEY)');
  return loadConfig({
    NODE_ENV: 'test',
    ...env,
    NAVET_SEARCH_PREFIX: `t_${randomBytes(5).toString('hex')}_`,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
}

/** Deletes every index of this test file's prefix (live and any leftover build indexes). */
export async function dropTestIndexes(meili: MeiliClient): Promise<void> {
  const { results } = await meili.client.getRawIndexes({ limit: 1000 });
  for (const { uid } of results) if (uid.startsWith(meili.prefix)) await dropIndex(meili.client, uid);
}

/** A fresh, uniquely named database on the test PostgreSQL server. */
export async function createTestDatabase(): Promise<string> {
  const url = testDatabaseUrl(`navet_search_${randomBytes(5).toString('hex')}`);
  await ensureDatabase(url);
  return url;
}

export const dropTestDatabase = (url: string): Promise<void> => dropDatabase(url);
