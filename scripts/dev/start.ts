import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { loadConfig } from '@navet/config';
import { projectRoot } from '@navet/core';
import { canListen, killAllNow, ManagedProcess, NODE_HEAP_FLAGS, resolveServices, Services, withDatabase } from '../services';
import { startNodeProcess, waitForReady } from './app-process';
import { banner } from './banner';
import { MailCatcher, startMailCatcher } from './mail-catcher';
import { prepareDatabase } from './prepare-database';
import { waitUntilSettled } from './settle';

/**
 * `npm start`: finds or starts PostgreSQL, Redis and Meilisearch, prepares the database, seeds demo
 * data, runs the API and the worker, and stops all of it again on Ctrl-C. The banner comes last, once
 * the worker has indexed and matched the seed, so it is not buried under their logs.
 */
const log = (line: string) => console.log(`[navet] ${line}`);
const root = projectRoot();
const children: ManagedProcess[] = [];
let services: Services | undefined;
let mailCatcher: MailCatcher | undefined;
let stopping = false;

async function shutdown(code: number, reason?: string): Promise<never> {
  if (reason) console.error(`\n[navet] ${reason}`);
  if (stopping) {
    // A second Ctrl-C: do not wait any longer.
    killAllNow('SIGKILL');
    process.exit(code || 130);
  }
  stopping = true;
  const running = children.filter((c) => c.exitInfo() === null);
  if (running.length) log(`stopping ${running.map((c) => c.name).join(' and ')}...`);
  await Promise.all(running.map((c) => c.stop(10_000)));
  await mailCatcher?.stop();
  if (services) {
    log('stopping services...');
    await services.stop().catch((e: unknown) => console.error(`[navet] while stopping services: ${String(e)}`));
  }
  log('stopped');
  process.exit(code);
}

/** Long enough for the demo seed on a small machine; after it the banner is printed anyway. */
const SETTLE_TIMEOUT_MS = 15 * 60 * 1000;

/** Runs the demo seed; it is idempotent, so it runs on every start. */
async function seed(env: NodeJS.ProcessEnv): Promise<boolean> {
  const script = join(root, 'dist/scripts/seed/main.js');
  if (!existsSync(script)) {
    log('warning: dist/scripts/seed/main.js not found, skipping the demo seed');
    return false;
  }
  log('seeding demo data...');
  const proc = startNodeProcess('seed', script, env, root);
  children.push(proc);
  const result = await proc.exited;
  if (result !== 'exited with code 0') throw new Error(`the demo seed ${result}`);
  return true;
}

function appEnv(s: Services, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    PORT: process.env.PORT ?? '3000',
    NAVET_DATA_DIR: dataDir,
    DATABASE_URL: process.env.DATABASE_URL ?? withDatabase(s.postgres.url, 'navet'),
    REDIS_URL: s.redis.url,
    MEILI_URL: s.meili.url,
    // One secret for the API and the worker: the worker signs password reset links the API checks.
    JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
  };
  if (s.meili.masterKey) env.MEILI_MASTER_KEY = s.meili.masterKey;
  return env;
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

  const port = Number(process.env.PORT ?? 3000);
  if (!(await canListen(port))) {
    throw new Error(
      `port ${port} is already in use (is Navet already running?). Stop that process or start with PORT=<another port>.`,
    );
  }
  const dataDirSetting = process.env.NAVET_DATA_DIR ?? '.data';
  const dataDir = isAbsolute(dataDirSetting) ? dataDirSetting : join(root, dataDirSetting);

  services = await resolveServices({ dataDir, env: process.env, log: (line) => log(line) });
  const env = appEnv(services, dataDir);
  // Without SMTP_URL, development mail goes to a local catcher instead of nowhere.
  if (!env.SMTP_URL && env.NODE_ENV !== 'production') {
    mailCatcher = await startMailCatcher(join(dataDir, 'mail'), (file) => log(`mail caught: ${file}`));
    env.SMTP_URL = mailCatcher.url;
    log(`mail: caught locally in ${mailCatcher.dir}`);
  }
  const databaseUrl = env.DATABASE_URL ?? '';
  await prepareDatabase(databaseUrl, log);
  const seeded = await seed(env);

  const apiMain = join(root, 'dist/apps/api/main.js');
  const workerMain = join(root, 'dist/apps/worker/main.js');
  for (const file of [apiMain, workerMain])
    if (!existsSync(file)) throw new Error(`${file} not found; run \`npm run build\` first`);
  log('starting api and worker...');
  const api = startNodeProcess('api', apiMain, env, root, NODE_HEAP_FLAGS.api);
  const worker = startNodeProcess('worker', workerMain, env, root, NODE_HEAP_FLAGS.worker);
  children.push(api, worker);
  for (const c of [api, worker]) {
    void c.exited.then((info) => {
      if (!stopping) void shutdown(1, `${c.name} ${info} unexpectedly; stopping everything.`);
    });
  }
  await waitForReady(`http://127.0.0.1:${port}/health/ready`, [api, worker]);
  log(`api ready on http://localhost:${port}; the sign-ins follow once indexing and matching have settled`);
  const pending = await waitUntilSettled({
    databaseUrl,
    redisUrl: services.redis.url,
    queuePrefix: loadConfig(env).queue.prefix,
    timeoutMs: SETTLE_TIMEOUT_MS,
    log,
  });
  if (pending) log(`background work still pending after ${SETTLE_TIMEOUT_MS / 60_000} min (${pending}); it goes on`);

  const production = env.NODE_ENV === 'production';
  const graphiql = env.GRAPHIQL ? ['true', '1'].includes(env.GRAPHIQL) : !production;
  console.log(banner({ port, production, graphiql, seeded, meiliUrl: services.meili.url, mailDir: mailCatcher?.dir }));
}

main().catch((e: unknown) => {
  if (!stopping) void shutdown(1, `could not start: ${e instanceof Error ? e.message : String(e)}`);
});
