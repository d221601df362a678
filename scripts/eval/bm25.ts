/**
 * A small Okapi BM25 for the text-only baseline: lower case, accents folded, split on anything
 * that is not a letter or digit, tokens of two characters or more; no stemming and no stop words
 * (the notices come in 20+ languages, and IDF already discounts frequent words).
 */
export function bm25Tokens(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length >= 2);
}

export interface Bm25Doc {
  id: string;
  text: string;
}

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export class Bm25Index {
  private readonly ids: string[];
  private readonly termFreqs: Map<string, number>[];
  private readonly lengths: number[];
  private readonly docFreq = new Map<string, number>();
  private readonly avgLength: number;

  constructor(docs: readonly Bm25Doc[]) {
    this.ids = docs.map((d) => d.id);
    this.termFreqs = docs.map((d) => {
      const tf = new Map<string, number>();
      for (const t of bm25Tokens(d.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
      return tf;
    });
    this.lengths = this.termFreqs.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  }

  /** Lucene's non-negative IDF: ln(1 + (N - df + 0.5) / (df + 0.5)). */
  idf(term: string): number {
    const df = this.docFreq.get(term) ?? 0;
    return Math.log(1 + (this.ids.length - df + 0.5) / (df + 0.5));
  }

  /** BM25 of every document for the query's distinct terms; documents sharing no term are left out. */
  scores(query: string): Map<string, number> {
    const terms = [...new Set(bm25Tokens(query))].filter((t) => this.docFreq.has(t));
    const out = new Map<string, number>();
    this.termFreqs.forEach((tf, i) => {
      let score = 0;
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * this.lengths[i]!) / (this.avgLength || 1));
      for (const t of terms) {
        const f = tf.get(t);
        if (f) score += (this.idf(t) * f * (BM25_K1 + 1)) / (f + norm);
      }
      if (score > 0) out.set(this.ids[i]!, score);
    });
    return out;
  }

  /** Document ids by BM25, best first; ties in document order. */
  rank(query: string): string[] {
    const scores = this.scores(query);
    const order = new Map(this.ids.map((id, i) => [id, i]));
    return [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || order.get(a)! - order.get(b)!);
  }
}
