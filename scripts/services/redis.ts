import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, tcpExchange, waitUntil } from './ports';
import { claimDataDir, spawnManaged, tail } from './processes';
import { defaultLog, noop, ResolvedService, ServiceOptions } from './service';

async function answersPing(host: string, port: number): Promise<boolean> {
  const answer = await tcpExchange(host, port, 'PING\r\n');
  // "-NOAUTH" also means a Redis is there, but one we cannot use without REDIS_URL.
  return answer?.startsWith('+PONG') ?? false;
}

function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Redis for Navet: REDIS_URL when set, else a server on 127.0.0.1:6379, else `redis-server` from
 * PATH on a free port with its files under `<dataDir>/redis` (nothing persisted: dev and tests only).
 */
export async function resolveRedis(opts: ServiceOptions): Promise<ResolvedService> {
  const log = opts.log ?? defaultLog;
  if (opts.env.REDIS_URL) {
    log('redis: using REDIS_URL');
    return { url: opts.env.REDIS_URL, started: false, stop: noop };
  }
  if (opts.probeLocal !== false && (await answersPing('127.0.0.1', 6379))) {
    log('redis: using the server on 127.0.0.1:6379');
    return { url: 'redis://127.0.0.1:6379', started: false, stop: noop };
  }
  if (!hasRedisServer()) {
    throw new Error(
      'redis: no server on 127.0.0.1:6379 and no redis-server on PATH. Run `apt-get install redis-server` or set REDIS_URL.',
    );
  }
  const { dir, ephemeral } = await claimDataDir(opts.dataDir, 'redis', 'redis.pid.navet', 'redis-server', log);
  const pidFile = join(dir, 'redis.pid.navet');
  const logFile = join(dir, 'redis.log');
  const port = await freePort(6380);
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
    '--daemonize',
    'no',
  ];
  const proc = spawnManaged('redis', 'redis-server', args, { cwd: dir, logFile, pidFile });
  const stop = async () => {
    await proc.stop();
    if (ephemeral) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil('redis', () => answersPing('127.0.0.1', port), {
      alive: () => {
        const info = proc.exitInfo();
        return info && `redis-server ${info}\n${tail(logFile)}`;
      },
    });
  } catch (e) {
    await stop();
    throw e;
  }
  log(`redis: started redis-server on 127.0.0.1:${port} (pid ${proc.pid})`);
  return { url: `redis://127.0.0.1:${port}`, started: true, stop };
}
