import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A child process started by Navet's scripts; it never outlives the parent (see killAllNow). */
export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves with the exit code (or the signal name) once the process is gone. */
  readonly exited: Promise<string>;
  /** Null while running, otherwise how it ended. */
  exitInfo(): string | null;
  /** SIGTERM to the process group, SIGKILL after `graceMs`; resolves when it is gone. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Append stdout and stderr to this file; otherwise they are pipes the caller reads. */
  logFile?: string;
  /** Gets "<pid> <our pid>" so a later run can tell a leftover process from one in use (see stopStale). */
  pidFile?: string;
}

const running = new Set<ManagedProcess>();
let exitHookInstalled = false;

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  // Children run in their own process group (detached), so the terminal's Ctrl-C reaches only us
  // and we decide the order of shutdown; the group kill also reaches grandchildren.
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** Synchronous last resort on exit: every tracked child gets SIGTERM, so none is orphaned. */
export function killAllNow(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const p of running) signalGroup(p.pid, signal);
}

/** For processes without their own ordered shutdown (Jest): Ctrl-C or SIGTERM stops the children, then exits. */
export function installSignalCleanup(): void {
  const onSignal = (signal: NodeJS.Signals) => {
    killAllNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) if (process.listenerCount(s) === 0) process.once(s, onSignal);
}

export function spawnManaged(name: string, command: string, args: string[], opts: SpawnOptions = {}): ManagedProcess {
  if (!exitHookInstalled) {
    process.on('exit', () => killAllNow());
    exitHookInstalled = true;
  }
  const logFd = opts.logFile ? openSync(opts.logFile, 'a') : undefined;
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: logFd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', logFd, logFd],
  });
  if (logFd !== undefined) closeSync(logFd);
  let info: string | null = null;
  const exited = new Promise<string>((resolve) => {
    child.once('error', (e) => {
      info = `could not start (${e.message})`;
      resolve(info);
    });
    child.once('exit', (code, signal) => {
      info = signal ? `killed by ${signal}` : `exited with code ${code}`;
      resolve(info);
    });
  });
  if (child.pid === undefined) {
    // spawn failed synchronously (e.g. ENOENT); 'error' fires on the next tick.
    return { name, child, pid: -1, exited, exitInfo: () => info ?? 'could not start', stop: async () => undefined };
  }
  const pid = child.pid;
  if (opts.pidFile) writePidFile(opts.pidFile, pid);
  const managed: ManagedProcess = {
    name,
    child,
    pid,
    exited,
    exitInfo: () => info,
    stop: async (graceMs = 10_000) => {
      if (info === null) {
        signalGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  running.add(managed);
  void exited.then(() => {
    running.delete(managed);
    if (opts.pidFile && readPid(opts.pidFile) === pid) rmSync(opts.pidFile, { force: true });
  });
  return managed;
}

/** Records a server pid together with the pid of the run that owns it. */
export function writePidFile(file: string, pid: number): void {
  writeFileSync(file, `${pid} ${process.pid}\n`);
}

function readPids(file: string): { pid: number; owner: number | null } | null {
  if (!existsSync(file)) return null;
  const [pid, owner] = readFileSync(file, 'utf8')
    .trim()
    .split(/\s+/)
    .map((n) => Number.parseInt(n, 10));
  if (!pid || !Number.isInteger(pid) || pid <= 0) return null;
  return { pid, owner: owner && Number.isInteger(owner) ? owner : null };
}

function readPid(file: string): number | null {
  return readPids(file)?.pid ?? null;
}

/** True while the process exists and is not a zombie (a killed child its parent has not reaped yet). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // /proc/<pid>/stat is "pid (comm) state ...", and comm may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * Looks at a server recorded in `pidFile`. If the run that started it is still alive (another
 * `npm test` in the same checkout), it is left alone: 'in-use'. If that run died without cleaning
 * up, the server is stopped: 'free'. Only a process whose command line contains `expect` is
 * touched, so a recycled pid is safe.
 */
export async function stopStale(
  pidFile: string,
  expect: string,
  log: (line: string) => void,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<'free' | 'in-use'> {
  const found = readPids(pidFile);
  if (found && isAlive(found.pid) && commandLine(found.pid).includes(expect)) {
    if (found.owner !== null && found.owner !== process.pid && isAlive(found.owner)) return 'in-use';
    log(`${expect}: stopping a server left over from an earlier run (pid ${found.pid})`);
    signalGroup(found.pid, signal);
    const deadline = Date.now() + 15_000;
    while (isAlive(found.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(found.pid)) signalGroup(found.pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
  return 'free';
}

export interface DataDirClaim {
  dir: string;
  /** True for a per-run folder (the usual one was busy); remove it after stopping the server. */
  ephemeral: boolean;
}

/**
 * Chooses `<base>/<name>` for a server's files, or `<base>/<name>-run-<pid>` while another live
 * run uses the usual one. Per-run folders of runs that died are cleaned up here.
 */
export async function claimDataDir(
  base: string,
  name: string,
  pidFileName: string,
  expect: string,
  log: (line: string) => void,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<DataDirClaim> {
  mkdirSync(base, { recursive: true });
  const prefix = `${name}-run-`;
  for (const entry of readdirSync(base)) {
    const owner = entry.startsWith(prefix) ? Number.parseInt(entry.slice(prefix.length), 10) : NaN;
    if (Number.isInteger(owner) && owner !== process.pid && !isAlive(owner)) {
      await stopStale(join(base, entry, pidFileName), expect, log, signal);
      rmSync(join(base, entry), { recursive: true, force: true });
    }
  }
  const usual = join(base, name);
  mkdirSync(usual, { recursive: true });
  if ((await stopStale(join(usual, pidFileName), expect, log, signal)) === 'free') return { dir: usual, ephemeral: false };
  const dir = join(base, `${prefix}${process.pid}`);
  log(`${expect}: ${usual} is in use by another run; using ${dir} for this one`);
  mkdirSync(dir, { recursive: true });
  return { dir, ephemeral: true };
}

/** The last lines of a log file, for error messages when a server fails to start. */
export function tail(file: string, lines = 15): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
