/**
 * The V8 sampling profiler of another Node process, over its inspector (`--inspect=<host:port>`), and a
 * summary of where the samples fell: self time per function and per package. Used by
 * `scripts/bench/profile-api.ts`; the profile itself is written as `.cpuprofile` (Chrome DevTools opens it).
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** One inspector session: `start()`, run the load, `stop()` for the profile. */
export class InspectorProfiler {
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const msg = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      if (msg.id !== undefined) this.pending.get(msg.id)?.(msg.result);
    });
  }

  static async connect(inspectorPort: number): Promise<InspectorProfiler> {
    const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as {
      webSocketDebuggerUrl: string;
    }[];
    const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error('could not reach the inspector')), { once: true });
    });
    const profiler = new InspectorProfiler(socket);
    await profiler.send('Profiler.enable');
    // 1 ms: the default 1 ms-ish interval of --cpu-prof; fine-grained enough for per-request costs of ~1-10 ms.
    await profiler.send('Profiler.setSamplingInterval', { interval: 1000 });
    return profiler;
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  async start(): Promise<void> {
    await this.send('Profiler.start');
  }

  async stop(): Promise<CpuProfile> {
    const result = (await this.send('Profiler.stop')) as { profile: CpuProfile };
    return result.profile;
  }

  close(): void {
    this.socket.close();
  }
}

export interface ProfileEntry {
  name: string;
  /** Milliseconds of samples in this entry. */
  ms: number;
  /** Share of the busy (non-idle) samples. */
  share: number;
}

export interface ProfileSummary {
  wallMs: number;
  /** Sampled time not idle: JavaScript, native, GC. */
  busyMs: number;
  byFunction: ProfileEntry[];
  byPackage: ProfileEntry[];
}

/** `node_modules/@apollo/server/...` -> `@apollo/server`; `node:internal/...` -> `node`; our dist -> `navet`. */
export function packageOf(frame: CallFrame): string {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const i = frame.url.lastIndexOf('node_modules/');
  if (i >= 0) {
    const [a, b] = frame.url.slice(i + 'node_modules/'.length).split('/');
    return a!.startsWith('@') ? `${a}/${b}` : a!;
  }
  if (frame.url.startsWith('node:')) return 'node';
  return 'navet';
}

function label(frame: CallFrame): string {
  const file = frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '');
  return `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
}

const top = (totals: Map<string, number>, busyMs: number, n: number): ProfileEntry[] =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms, share: ms / busyMs }));

/** Self time per function and per package, idle excluded. */
export function summarizeProfile(profile: CpuProfile, topN = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fnTotals = new Map<string, number>();
  const pkgTotals = new Map<string, number>();
  let busyUs = 0;
  profile.samples.forEach((nodeId, i) => {
    const frame = byId.get(nodeId)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const us = profile.timeDeltas[i] ?? 0;
    busyUs += us;
    const fn = label(frame);
    fnTotals.set(fn, (fnTotals.get(fn) ?? 0) + us / 1000);
    const pkg = packageOf(frame);
    pkgTotals.set(pkg, (pkgTotals.get(pkg) ?? 0) + us / 1000);
  });
  const busyMs = busyUs / 1000;
  return {
    wallMs: (profile.endTime - profile.startTime) / 1000,
    busyMs,
    byFunction: top(fnTotals, busyMs, topN),
    byPackage: top(pkgTotals, busyMs, topN),
  };
}

/** The summary as text, with per-request figures when the request count is known. */
export function formatSummary(title: string, s: ProfileSummary, requests: number): string {
  const perReq = (ms: number) => (requests > 0 ? `${((ms / requests) * 1000).toFixed(0).padStart(6)} µs/req` : '');
  const rows = (entries: ProfileEntry[]) =>
    entries.map((e) => `  ${(e.share * 100).toFixed(1).padStart(5)}%  ${perReq(e.ms)}  ${e.name}`).join('\n');
  return [
    `== ${title}: ${requests} requests in ${(s.wallMs / 1000).toFixed(1)} s; busy ${(s.busyMs / 1000).toFixed(1)} s (${((s.busyMs / s.wallMs) * 100).toFixed(0)}% of one core), ${perReq(s.busyMs)}`,
    'self time by package:',
    rows(s.byPackage.slice(0, 15)),
    'self time by function:',
    rows(s.byFunction),
  ].join('\n');
}
