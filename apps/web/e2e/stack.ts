import { spawn } from 'node:child_process';
import { e2eEnv } from './env';
import pg from 'pg';
import { mkdirSync, openSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stack the browser tests drive: its own port, database, data dir and index/queue prefixes. */
export const E2E_PORT = e2eEnv.port;
/** E2E_BASE_URL: a Vite dev server (npm run dev:web) in front of a stack already running (E2E_EXTERNAL=1). */
export const E2E_BASE_URL = e2eEnv.baseUrl;
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const DATA_DIR = join(ROOT, `.data/e2e-${E2E_PORT}`);
const PID_FILE = join(DATA_DIR, 'start.pid');
export const MAIL_DIR = join(DATA_DIR, 'mail');
const LOG_FILE = join(DATA_DIR, 'start.log');
/**
 * Queue, rate-limit and index keys: per run in CI (Redis outlives the run on this machine, and an hour-long
 * registration throttle or a stale job of an earlier run must not leak in), per port locally.
 */
const RUN = e2eEnv.ci ? `ci${Date.now().toString(36)}` : `e2e${E2E_PORT}`;
const DATABASE_URL = e2eEnv.databaseUrl;

/** CI starts from an empty database, as a new user's `npm start` does (locally it is kept for speed). */
async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts `dist/scripts/dev/start.js` (what `npm start` runs after building) and resolves once it has
 * printed its banner: the seed is in, indexed and matched. The database is kept between runs (the seed
 * is idempotent), so a second run starts faster.
 */
export async function startStack(): Promise<void> {
  mkdirSync(DATA_DIR, { recursive: true });
  if (e2eEnv.ci) await recreateDatabase(DATABASE_URL);
  const log = openSync(LOG_FILE, 'w');
  const child = spawn(process.execPath, ['dist/scripts/dev/start.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(E2E_PORT),
      NAVET_DATA_DIR: DATA_DIR,
      DATABASE_URL,
      NAVET_SEARCH_PREFIX: `${RUN}_`,
      NAVET_QUEUE_PREFIX: RUN,
      NAVET_PUBLIC_URL: `http://localhost:${E2E_PORT}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', log, log],
    detached: true,
  });
  child.unref();
  writeFileSync(PID_FILE, String(child.pid));
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  const deadline = Date.now() + 15 * 60_000;
  while (!readFileSync(LOG_FILE, 'utf8').includes('Navet is running')) {
    if (exited !== undefined) throw new Error(`start.js exited with ${exited}:\n${readFileSync(LOG_FILE, 'utf8').slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`the stack did not come up in 15 min; see ${LOG_FILE}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Ctrl-C for the whole process group: start.js stops the API, the worker and the services it started. */
export async function stopStack(): Promise<void> {
  if (!existsSync(PID_FILE)) return;
  const pid = Number(readFileSync(PID_FILE, 'utf8'));
  rmSync(PID_FILE);
  try {
    process.kill(-pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(-pid, 'SIGKILL');
}
