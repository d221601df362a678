import { LatencyStats, summarize } from './latency-stats';

export interface OpenLoopOptions {
  /** Requests per second, sent on schedule whether or not earlier ones have answered. */
  rate: number;
  durationSeconds: number;
  /** Sends request number `i`; resolves true on success, false (or throws) on an error. */
  send: (i: number) => Promise<boolean>;
  /** Requests still in flight beyond this count are not sent and count as errors (overload). */
  maxInFlight?: number;
}

/**
 * Open-loop load: request i is due at start + i/rate and its latency is measured from that due
 * time, so a slow server cannot slow the generator down and hide its own queueing (coordinated
 * omission).
 */
export async function openLoop(opts: OpenLoopOptions): Promise<LatencyStats> {
  const total = Math.round(opts.rate * opts.durationSeconds);
  const maxInFlight = opts.maxInFlight ?? 512;
  const latencies: number[] = [];
  let errors = 0;
  let inFlight = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / opts.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= maxInFlight) {
      errors++;
      continue;
    }
    inFlight++;
    pending.push(
      opts.send(i).then(
        (ok) => {
          inFlight--;
          if (ok) latencies.push(performance.now() - due);
          else errors++;
        },
        () => {
          inFlight--;
          errors++;
        },
      ),
    );
  }
  await Promise.all(pending);
  return summarize(latencies, errors, (performance.now() - start) / 1000);
}
