/**
 * Short-lived memory of how many supplier profiles contain a word (and how many there are). Matching
 * a profile against a hundred needs asks about a thousand words, mostly the same procurement
 * vocabulary as the previous job; frequencies drift slowly, so a two-minute-old count weighs a word
 * just as well and saves a search per word.
 */
export class DocFreqCache {
  private readonly entries = new Map<string, { value: number; at: number }>();
  /** Counts taken before this moment describe an index that has changed in bulk since. */
  private validFrom = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly ttlMs = 120_000,
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): number | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() - e.at > this.ttlMs || e.at < this.validFrom) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  /**
   * The supplier pool changed in bulk at `at` (a pool hand-over): counts taken before then are
   * forgotten. Otherwise the needs re-matched right after a seed or import would be weighed with
   * frequencies from the half-filled index (at npm start, runs differed by thousands of suggestions).
   */
  forgetBefore(at: number): void {
    if (at > this.validFrom) this.validFrom = at;
  }

  set(key: string, value: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    // Maps iterate in insertion order: the first key is the least recently written.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
