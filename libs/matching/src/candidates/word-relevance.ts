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
