import { createInterface } from 'node:readline';
import { ManagedProcess, spawnManaged } from '../services';
import { formatLogLine } from './log-format';

/** Runs `node <script>` with the given env, printing its output line by line with a name prefix. */
export function startNodeProcess(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  nodeFlags: readonly string[] = [],
): ManagedProcess {
  const proc = spawnManaged(name, process.execPath, ['--enable-source-maps', ...nodeFlags, script], { cwd, env });
  const prefix = `${name.padEnd(6)}|`;
  for (const [stream, out] of [
    [proc.child.stdout, process.stdout],
    [proc.child.stderr, process.stderr],
  ] as const) {
    if (!stream) continue;
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${prefix} ${formatLogLine(line)}\n`));
  }
  return proc;
}

/** Polls the readiness endpoint of a just-started API; fails fast if a watched process dies. */
export async function waitForReady(url: string, watched: ManagedProcess[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = watched.find((p) => p.exitInfo() !== null);
    if (dead) throw new Error(`${dead.name} ${dead.exitInfo() ?? ''} before ${url} was ready`);
    const status = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last status ${status || 'no answer'})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
