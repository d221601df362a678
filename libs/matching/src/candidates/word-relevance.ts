/**
 * Text relevance of a profile to a need as the IDF-weighted share of the need's query words the
 * profile contains: Σ idf(matched words) / Σ idf(words any profile contains), in [0,1].
 *
 * Why not the engine's own ranking of the whole query: with matchingStrategy "frequency" every hit
 * must contain the query's rarest word, so one unusual word (a reference number, a product name the
 * pool never used) leaves most relevant profiles without any text score. Asking the engine word by
 * word keeps its tokenizer, typo tolerance and prefix matching, while a profile sharing several
 * common words of the need still scores.
 */
export interface WordStats {
  word: string;
  /** Profiles containing the word (the engine's estimate). */
  docFreq: number;
}

/** Lucene's non-negative IDF: ln(1 + (N - df + 0.5) / (df + 0.5)). */
export function wordIdf(docFreq: number, total: number): number {
  return Math.log(1 + (Math.max(0, total - docFreq) + 0.5) / (docFreq + 0.5));
}

/** Distinct words of a focused query, in order. */
export function queryWords(query: string): string[] {
  return [...new Set(query.split(/\s+/).filter(Boolean))];
}

/**
 * The relevance of one profile given which query words it contains. Words no profile contains are
 * left out of the denominator: they say nothing about any supplier. 0 when no word is usable.
 */
export function wordCoverage(stats: readonly WordStats[], matched: ReadonlySet<string>, total: number): number {
  let all = 0;
  let hit = 0;
  for (const s of stats) {
    if (s.docFreq <= 0) continue;
    const idf = wordIdf(s.docFreq, total);
    all += idf;
    if (matched.has(s.word)) hit += idf;
  }
  return all > 0 ? Math.min(1, hit / all) : 0;
}

/** BM25's term-frequency saturation and length normalisation (Lucene's defaults). */
export const TEXT_K1 = 1.2;
export const TEXT_B = 0.75;
/**
 * The profile length (words of headline, offerings and description) at which one occurrence of a
 * word counts fully: about the median profile of the dev file (96 words) and a written profile of
 * a headline, a few offerings and a paragraph. Not tuned on the eval.
 */
export const TEXT_REFERENCE_WORDS = 100;

/**
 * How much of a matched word's IDF a profile earns: BM25's saturation tf·(k1+1) / (tf + k1·(1 − b +
 * b·len/ref)), which is exactly 1 for one occurrence in a profile of the reference length, capped at
 * 1. A long profile (a supplier with many awards, a description listing everything) must repeat a
 * word to earn it fully, so a profile stops matching every need just by being long.
 */
export function termWeight(termFreq: number, length: number): number {
  if (termFreq <= 0) return 0;
  const norm = TEXT_K1 * (1 - TEXT_B + (TEXT_B * Math.max(0, length)) / TEXT_REFERENCE_WORDS);
  return Math.min(1, (termFreq * (TEXT_K1 + 1)) / (termFreq + norm));
}

/**
 * BM25-saturated relevance: Σ idf(w)·termWeight(tf(w), length) / Σ idf(w) over the usable query
 * words, in [0,1]. With every profile at the reference length and each word once, it is wordCoverage.
 */
export function wordRelevance(
  stats: readonly WordStats[],
  termFreqs: ReadonlyMap<string, number>,
  length: number,
  total: number,
): number {
  let all = 0;
  let hit = 0;
  for (const s of stats) {
    if (s.docFreq <= 0) continue;
    const idf = wordIdf(s.docFreq, total);
    all += idf;
    hit += idf * termWeight(termFreqs.get(s.word) ?? 0, length);
  }
  return all > 0 ? Math.min(1, hit / all) : 0;
}

/** Occurrences of each of `wanted` in the given words, by the same prefix rule as wordsFound. */
export function termFrequencies(wanted: readonly string[], textWords: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  if (wanted.length === 0) return counts;
  const byFirst = new Map<string, string[]>();
  for (const w of wanted) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w]);
  for (const token of textWords) {
    for (const w of byFirst.get(token[0]!) ?? []) if (token.startsWith(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * Which of `wanted` occur in the given words, decided locally: a query word matches a word it
 * equals or begins (the engine's prefix matching for a one-word query; its typo tolerance is not
 * imitated). Used for common words, whose postings are too long to fetch: checking them on the
 * candidates is free. One pass, no sorting: a need has few common words.
 */
export function wordsFound(wanted: readonly string[], textWords: Iterable<string>): Set<string> {
  const found = new Set<string>();
  if (wanted.length === 0) return found;
  // Bucketed by first letter: each word of the text is compared with a word or two, not all of them.
  const byFirst = new Map<string, string[]>();
  for (const w of wanted) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w]);
  for (const token of textWords) {
    const bucket = byFirst.get(token[0]!);
    if (!bucket) continue;
    for (const w of bucket) if (!found.has(w) && token.startsWith(w)) found.add(w);
    if (found.size === wanted.length) break;
  }
  return found;
}
