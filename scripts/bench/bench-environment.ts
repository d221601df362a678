import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { projectRoot } from '@navet/core';
import { dropDatabase } from '@navet/database';
import { QUEUE_NAMES } from '@navet/queue';
import {
  freePort,
  ManagedProcess,
  meilisearchArgs,
  meilisearchBinary,
  resolvePostgres,
  resolveRedis,
  NODE_HEAP_FLAGS,
  spawnManaged,
  tail,
  waitUntil,
  withDatabase,
  withoutMeiliVariables,
} from '../services';
import { waitForReady } from '../dev/app-process';
import { prepareDatabase } from '../dev/prepare-database';

export interface MeiliTarget {
  url: string;
  key: string | undefined;
  /** Our own server's pid (for its memory); null when MEILI_URL points elsewhere. */
  pid: number | null;
}

/** Everything one bench run owns: a database, index and queue prefixes, and the two app processes. */
export interface BenchEnvironment {
  id: string;
  databaseUrl: string;
  redisUrl: string;
  meili: MeiliTarget;
  searchPrefix: string;
  queuePrefix: string;
  apiUrl: string;
  api: ManagedProcess;
  worker: ManagedProcess;
  /** The environment the apps run with (for another API instance, see sql-count). */
  appEnv: NodeJS.ProcessEnv;
  admin: { email: string; password: string };
  logDir: string;
  /** Stops the api and starts it again from dist/ (after a rebuild), same port and environment. */
  restartApi(): Promise<void>;
  stop(): Promise<void>;
}

const log = (line: string) => console.log(`[bench] ${line}`);

/** A Meilisearch of our own (fresh data dir) unless MEILI_URL is set: its memory is then the bench's alone. */
async function startMeili(logDir: string): Promise<{ target: MeiliTarget; stop: () => Promise<void> }> {
  if (process.env.MEILI_URL) {
    return { target: { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY, pid: null }, stop: async () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'navet-bench-meili-'));
  const port = await freePort();
  const key = randomBytes(24).toString('hex');
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(logDir, 'meilisearch.log');
  const proc = spawnManaged('meilisearch', meilisearchBinary(), meilisearchArgs(dir, port, key), {
    cwd: dir,
    env: withoutMeiliVariables(process.env),
    logFile,
  });
  await waitUntil('meilisearch', async () => (await fetch(`${url}/health`)).ok, {
    alive: () => proc.exitInfo() && `${proc.exitInfo()}\n${tail(logFile)}`,
  });
  return {
    target: { url, key, pid: proc.pid },
    stop: async () => {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BenchEnvironmentOptions {
  logLevel: string;
  /** Extra node flags for the api process (e.g. `--inspect=127.0.0.1:9229` for profile-api.ts). */
  apiFlags?: string[];
}

export async function startBenchEnvironment(opts: BenchEnvironmentOptions): Promise<BenchEnvironment> {
  const id = randomBytes(4).toString('hex');
  const root = projectRoot();
  const logDir = join(tmpdir(), `navet-bench-${id}`);
  mkdirSync(logDir, { recursive: true });
  const dataDir = join(root, process.env.NAVET_DATA_DIR ?? '.data');
  const quiet = (line: string) => log(line);
  const postgres = await resolvePostgres({ dataDir, env: process.env, log: quiet });
  const redis = await resolveRedis({ dataDir, env: process.env, log: quiet });
  const meili = await startMeili(logDir);
  const databaseUrl = withDatabase(postgres.url, `navet_bench_${id}`);
  await prepareDatabase(databaseUrl, quiet);

  const port = await freePort();
  const admin = { email: `bench-admin-${id}@navet.test`, password: `bench-password-${id}` };
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    MEILI_URL: meili.target.url,
    MEILI_MASTER_KEY: meili.target.key ?? '',
    NAVET_SEARCH_PREFIX: `bench${id}_`,
    NAVET_QUEUE_PREFIX: `bench${id}`,
    NAVET_ADMIN_EMAIL: admin.email,
    NAVET_ADMIN_PASSWORD: admin.password,
    NAVET_PUBLIC_URL: `http://127.0.0.1:${port}`,
    RECONCILE_INTERVAL_SECONDS: '0',
    LOG_LEVEL: opts.logLevel,
    // The bench signs in and registers a handful of accounts from one address.
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
    REGISTRATION_MAX_PER_IP: '0',
    // The NEW_MATCH e-mail hold is a delayed job re-armed by every match of a burst: the waits for an idle
    // system would wait for it. The freshness figures measure the stored notification, not the e-mail.
    NAVET_MATCH_EMAIL_HOLD_MS: '0',
  };
  if (!meili.target.key) delete appEnv.MEILI_MASTER_KEY;
  const start = (name: 'api' | 'worker') =>
    spawnManaged(
      name,
      process.execPath,
      [...NODE_HEAP_FLAGS[name], ...(name === 'api' ? (opts.apiFlags ?? []) : []), join(root, `dist/apps/${name}/main.js`)],
      { cwd: root, env: appEnv, logFile: join(logDir, `${name}.log`) },
    );
  let api = start('api');
  const worker = start('worker');
  const apiUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await Promise.all([api.stop(), worker.stop()]);
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    for (const name of QUEUE_NAMES) {
      const q = new Queue(name, { connection, prefix: `bench${id}` });
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
    }
    connection.disconnect();
    if (meili.target.pid === null) {
      for (const kind of ['needs', 'suppliers'])
        await fetch(`${meili.target.url}/indexes/bench${id}_${kind}`, {
          method: 'DELETE',
          headers: meili.target.key ? { authorization: `Bearer ${meili.target.key}` } : {},
        }).catch(() => undefined);
    }
    await meili.stop();
    await dropDatabase(databaseUrl).catch((e: unknown) => log(`could not drop the bench database: ${String(e)}`));
    await Promise.all([redis.stop(), postgres.stop()]);
  };
  try {
    await waitForReady(`${apiUrl}/health/ready`, [api, worker]);
  } catch (e) {
    log(`api log:\n${tail(join(logDir, 'api.log'), 30)}\nworker log:\n${tail(join(logDir, 'worker.log'), 30)}`);
    await stop();
    throw e;
  }
  log(`api ${apiUrl} (pid ${api.pid}), worker pid ${worker.pid}, meilisearch ${meili.target.url}, logs in ${logDir}`);
  const restartApi = async () => {
    await api.stop();
    api = start('api');
    await waitForReady(`${apiUrl}/health/ready`, [api, worker]);
  };
  return {
    id,
    databaseUrl,
    redisUrl: redis.url,
    meili: meili.target,
    searchPrefix: `bench${id}_`,
    queuePrefix: `bench${id}`,
    apiUrl,
    get api() {
      return api;
    },
    worker,
    appEnv,
    admin,
    logDir,
    restartApi,
    stop,
  };
}
