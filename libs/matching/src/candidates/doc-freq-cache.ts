/**
 * Short-lived memory of how many supplier profiles contain a word (and how many there are). Matching
 * a profile against a hundred needs asks about a thousand words, mostly the same procurement
 * vocabulary as the previous job; frequencies drift slowly, so a two-minute-old count weighs a word
 * just as well and saves a search per word.
 */
export class DocFreqCache {
  private readonly entries = new Map<string, { value: number; at: number }>();

  constructor(
    private readonly ttlMs = 120_000,
    private readonly maxEntries = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): number | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() - e.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    // Maps iterate in insertion order: the first key is the least recently written.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
