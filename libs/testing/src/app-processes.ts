import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ManagedProcess, spawnManaged, tail, waitUntil } from '../../../scripts/services';

/**
 * Navet's API and worker as separate OS processes, run from the TypeScript sources (processes/run-ts.cjs)
 * so they run the code under test, not a dist/ build: what several processes against one database and
 * one queue prefix do, with nothing shared in memory.
 */
export interface AppProcess {
  readonly kind: 'api' | 'worker';
  readonly proc: ManagedProcess;
  /** Its stdout and stderr (pino JSON lines). */
  readonly logFile: string;
  /** What BullMQ records as `processedBy` for the jobs this worker ran (see JobRunner). */
  readonly workerName: string;
  /** The API's base URL (http://127.0.0.1:<port>); empty for a worker. */
  readonly url: string;
}

export interface AppProcesses {
  readonly logDir: string;
  start(kind: 'api' | 'worker', env: NodeJS.ProcessEnv): Promise<AppProcess>;
  /** Resolves when the API answers /health/ready or the worker has logged that it started. */
  ready(app: AppProcess, timeoutMs?: number): Promise<void>;
  /** The last lines of every process's log, for a failing test's message. */
  logs(lines?: number): string;
  /** Stops every process (SIGTERM, then SIGKILL) and removes the logs. */
  stopAll(): Promise<void>;
}

const RUN_TS = join(__dirname, 'processes', 'run-ts.cjs');

export function appProcesses(): AppProcesses {
  const logDir = mkdtempSync(join(tmpdir(), 'navet-processes-'));
  const started: AppProcess[] = [];

  async function start(kind: 'api' | 'worker', env: NodeJS.ProcessEnv): Promise<AppProcess> {
    const port = kind === 'api' ? await freePort() : 0;
    const logFile = join(logDir, `${kind}-${started.length + 1}.log`);
    const proc = spawnManaged(kind, process.execPath, ['--enable-source-maps', RUN_TS, `apps/${kind}/main.ts`], {
      env: { ...env, ...(kind === 'api' ? { PORT: String(port) } : {}) },
      logFile,
    });
    const app: AppProcess = {
      kind,
      proc,
      logFile,
      workerName: `${hostname()}-${proc.pid}`,
      url: kind === 'api' ? `http://127.0.0.1:${port}` : '',
    };
    started.push(app);
    return app;
  }

  async function ready(app: AppProcess, timeoutMs = 60_000): Promise<void> {
    const check =
      app.kind === 'api'
        ? async () => (await fetch(`${app.url}/health/ready`, { signal: AbortSignal.timeout(2000) })).status === 200
        : async () => existsSync(app.logFile) && readFileSync(app.logFile, 'utf8').includes('"msg":"Navet worker started"');
    await waitUntil(`${app.kind} pid ${app.proc.pid}`, check, {
      timeoutMs,
      intervalMs: 200,
      alive: () => app.proc.exitInfo() && `${app.proc.exitInfo()}\n${tail(app.logFile, 30)}`,
    });
  }

  function logs(lines = 20): string {
    return started.map((a) => `--- ${a.kind} pid ${a.proc.pid} (${a.logFile})\n${tail(a.logFile, lines)}`).join('\n');
  }

  async function stopAll(): Promise<void> {
    await Promise.all(started.map((a) => a.proc.stop()));
    rmSync(logDir, { recursive: true, force: true });
  }

  return { logDir, start, ready, logs, stopAll };
}
