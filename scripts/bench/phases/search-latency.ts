import type { LatencyStats } from '../latency-stats';
import { openLoop } from '../open-loop';
import type { SearchSpec } from '../query-mix';
import type { SearchTarget } from '../search-targets';

export type SearchTargetName = 'meiliHttp' | 'meiliJsClient' | 'graphql' | 'postgres';

export interface SearchLatencyResult {
  rate: number;
  durationSeconds: number;
  targets: Partial<Record<SearchTargetName, LatencyStats>>;
}

/** Each target in turn, the same searches in the same order at the same open-loop rate, after a short warm-up. */
export async function measureSearchLatency(
  targets: [SearchTargetName, SearchTarget][],
  mix: readonly SearchSpec[],
  rate: number,
  durationSeconds: number,
): Promise<SearchLatencyResult> {
  const out: SearchLatencyResult = { rate, durationSeconds, targets: {} };
  for (const [name, target] of targets) {
    const send = (i: number) => target(mix[i % mix.length]!);
    await openLoop({ rate, durationSeconds: Math.min(5, durationSeconds), send });
    console.log(`[bench] search at ${rate} req/s for ${durationSeconds} s: ${name}...`);
    const stats = await openLoop({ rate, durationSeconds, send });
    console.log(
      `[bench]   ${name}: p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, p99 ${stats.p99.toFixed(1)} ms, errors ${stats.errors}`,
    );
    out.targets[name] = stats;
  }
  return out;
}
