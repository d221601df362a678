import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { AppConfig, loadConfig } from '@navet/config';
import { testDatabaseUrl, testServices } from '@navet/config/testing';
import { dropDatabase, ensureDatabase, migrateDatabase } from '@navet/database';
import { createRedis, QUEUE_NAMES } from '@navet/queue';
import { dropIndex, MeiliClient } from '@navet/search';

/**
 * One test file's share of the real services (found or started by test/global-setup.ts): its own
 * PostgreSQL database, Meilisearch index prefix and BullMQ queue prefix. Every harness starts here.
 */
export interface IsolatedServices {
  /** The random tag in the database name and both prefixes. */
  tag: string;
  databaseUrl: string;
  searchPrefix: string;
  queuePrefix: string;
  /** The environment of a Navet process pointing at these services; `overrides` add or replace variables. */
  env(overrides?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** The config of that environment. */
  config(overrides?: NodeJS.ProcessEnv): AppConfig;
  /**
   * Drops every index with the prefix (live and leftover build indexes), obliterates the queues and
   * drops the database. Close the Nest applications that use them first.
   */
  close(): Promise<void>;
}

export interface IsolatedServicesOptions {
  /** 'migrated' (default): created and migrated; 'empty': created only (the API migrates at boot); 'none'. */
  database?: 'migrated' | 'empty' | 'none';
}

export async function isolatedServices(options: IsolatedServicesOptions = {}): Promise<IsolatedServices> {
  const { env } = testServices();
  if (!env.MEILI_URL) throw new Error('MEILI_URL is not set: start Meilisearch and set MEILI_URL (and MEILI_MASTER_KEY)');
  const tag = randomBytes(5).toString('hex');
  const databaseUrl = testDatabaseUrl(`navet_t_${tag}`);
  const searchPrefix = `t${tag}_`;
  const queuePrefix = `t${tag}`;
  const database = options.database ?? 'migrated';
  if (database === 'migrated') await migrateDatabase(databaseUrl);
  else if (database === 'empty') await ensureDatabase(databaseUrl);

  const processEnv = (overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    LOG_LEVEL: 'silent',
    ...env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    NAVET_SEARCH_PREFIX: searchPrefix,
    NAVET_QUEUE_PREFIX: queuePrefix,
    RECONCILE_INTERVAL_SECONDS: '0',
    // NEW_MATCH e-mails go out at once unless a test opts into the burst hold.
    NAVET_MATCH_EMAIL_HOLD_MS: '0',
    ...overrides,
  });
  const config = (overrides: NodeJS.ProcessEnv = {}): AppConfig => loadConfig(processEnv(overrides));

  async function close(): Promise<void> {
    const base = config();
    const meili = new MeiliClient(base);
    const { results } = await meili.client.getRawIndexes({ limit: 1000 });
    for (const { uid } of results) if (uid.startsWith(searchPrefix)) await dropIndex(meili.client, uid);

    const connection = createRedis(base.redis.url);
    try {
      for (const name of QUEUE_NAMES) {
        const queue = new Queue(name, { connection, prefix: queuePrefix });
        await queue.obliterate({ force: true });
        await queue.close();
      }
    } finally {
      await connection.quit();
    }

    if (database !== 'none') await dropDatabase(databaseUrl);
  }

  return { tag, databaseUrl, searchPrefix, queuePrefix, env: processEnv, config, close };
}
