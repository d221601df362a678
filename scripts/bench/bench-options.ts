export interface BenchOptions {
  profiles: number;
  needs: number;
  json: string | null;
  /** Seconds per search-latency target (the issue asks for at least 60). */
  duration: number;
  /** Open-loop search rate, requests per second. */
  rate: number;
  /** Seconds of need(id) load at 32 connections. */
  apiDuration: number;
  /** Needs published one by one for the freshness figures (at least 50 for the issue). */
  freshness: number;
  /** LOG_LEVEL of the api and worker during the run. */
  logLevel: string;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  profiles: 100_000,
  needs: 20_000,
  json: null,
  duration: 60,
  rate: 100,
  apiDuration: 30,
  freshness: 50,
  logLevel: 'warn',
};

const NUMERIC = ['profiles', 'needs', 'duration', 'rate', 'apiDuration', 'freshness'] as const;

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** `--profiles 5000 --needs 1000 --duration 10 --json out.json`; unknown flags are an error. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const out: BenchOptions = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!flag.startsWith('--')) throw new Error(`unexpected argument "${flag}"`);
    const key = camel(flag.slice(2));
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if ((NUMERIC as readonly string[]).includes(key)) {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} must be a positive number`);
      (out as unknown as Record<string, number>)[key] = n;
    } else if (key === 'json') out.json = value;
    else if (key === 'logLevel') out.logLevel = value;
    else throw new Error(`unknown flag ${flag}`);
  }
  return out;
}
