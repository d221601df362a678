/**
 * The in-flight limit, adapted to how fast this process answers right now. A fixed limit bounds the
 * queue in requests, not in time: at 64 in flight a request waits 64 × (CPU per request), 0.2 s on a
 * quiet machine and seconds on a busy one (the bench saw both). So, per window: when even the fastest
 * answer of the window took longer than the target, a queue is standing (CoDel's signal) and the limit
 * halves; otherwise it grows back by a tenth towards the configured maximum (AIMD).
 */
export class AdaptiveLimit {
  private current: number;
  private fastest = Infinity;

  constructor(
    private readonly max: number,
    private readonly targetMs: number,
    private readonly floor = 2,
  ) {
    this.current = max;
  }

  get limit(): number {
    return this.current;
  }

  /** A request answered after `ms`. */
  observe(ms: number): void {
    if (ms < this.fastest) this.fastest = ms;
  }

  /** The end of a window: adapt, and start the next. */
  endWindow(): void {
    if (this.targetMs > 0 && this.fastest !== Infinity) {
      this.current =
        this.fastest > this.targetMs
          ? Math.max(Math.min(this.floor, this.max), Math.floor(this.current / 2))
          : Math.min(this.max, this.current + Math.max(1, Math.floor(this.current / 10)));
    }
    this.fastest = Infinity;
  }
}
