import type { NextFunction, Request, Response } from 'express';
import { monitorEventLoopDelay } from 'node:perf_hooks';

import { AdaptiveLimit } from './adaptive-limit';

type IntervalHistogram = ReturnType<typeof monitorEventLoopDelay>;

export interface LoadSheddingOptions {
  /** Requests being served at once beyond which new ones are refused; 0 refuses every request (drain). */
  maxInFlight: number;
  /** Event-loop delay (mean of the last sampling window, ms) beyond which new requests are refused; 0: off. */
  maxEventLoopDelayMs: number;
  /** The in-flight limit halves while every answer of a 500 ms window took longer than this (ms); 0: fixed limit. */
  targetLatencyMs: number;
  /** The `Retry-After` the refused requests get, in seconds. */
  retryAfterSeconds: number;
}

/** Paths never refused: the load balancer's probes must see an overloaded process as alive. */
const NEVER_SHED = ['/health'];

/** The window over which the event-loop delay is judged: short, so shedding stops soon after the burst. */
const SAMPLE_MS = 500;

/**
 * Refuses requests with a GraphQL-shaped 503 (`SERVICE_OVERLOADED`, `Retry-After`) when the process is
 * saturated, before they are parsed: under an open-loop overload a Node process otherwise accepts every
 * request and answers all of them seconds late (the bench saw p50 5.9 s at 100 searches/s), so a refusal
 * now is kinder than an answer nobody waits for. Two signals: the requests in flight (a queue forming
 * behind PostgreSQL or Meilisearch) and the event-loop delay (the CPU itself is the queue).
 */
export class LoadShedder {
  private inFlight = 0;
  private lagging = false;
  private readonly limit: AdaptiveLimit;
  private readonly histogram: IntervalHistogram | null;
  private readonly timer: NodeJS.Timeout;
  /** Requests refused since start (for logs and tests). */
  shed = 0;

  constructor(private readonly options: LoadSheddingOptions) {
    this.limit = new AdaptiveLimit(options.maxInFlight, options.targetLatencyMs);
    this.histogram = options.maxEventLoopDelayMs > 0 ? monitorEventLoopDelay({ resolution: 10 }) : null;
    this.histogram?.enable();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  private sample(): void {
    this.limit.endWindow();
    const h = this.histogram;
    if (!h) return;
    // The histogram measures how late its own 10 ms timer fired; the resolution itself is not delay. The
    // mean, not a high percentile: one long GC pause is not a queue, a loop late all the time is.
    this.lagging = h.count > 0 && h.mean / 1e6 - 10 > this.options.maxEventLoopDelayMs;
    h.reset();
  }

  /** True when a new request should be refused now. */
  overloaded(): boolean {
    return this.inFlight >= this.limit.limit || this.lagging;
  }

  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (NEVER_SHED.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (this.overloaded()) {
      this.shed++;
      refuse(res, this.options.retryAfterSeconds);
      return;
    }
    this.inFlight++;
    const started = performance.now();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.inFlight--;
      this.limit.observe(performance.now() - started);
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };

  close(): void {
    clearInterval(this.timer);
    this.histogram?.disable();
  }
}

const OVERLOADED_BODY = (retryAfter: number) =>
  JSON.stringify({
    errors: [
      {
        message: `The server is overloaded; retry in ${retryAfter} s`,
        extensions: { code: 'SERVICE_OVERLOADED', retryAfterSeconds: retryAfter },
      },
    ],
  });

function refuse(res: Response, retryAfter: number): void {
  res.status(503).set({ 'retry-after': String(retryAfter), 'content-type': 'application/json; charset=utf-8' });
  res.end(OVERLOADED_BODY(retryAfter));
}
