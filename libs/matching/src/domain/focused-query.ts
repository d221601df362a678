import { tokenize } from './text-fit';

/** Meilisearch ignores every query word after the tenth. */
export const MAX_QUERY_WORDS = 10;

export interface QueryParts {
  /** Most telling first (a title or a headline): these words are always kept, in order. */
  primary: readonly string[];
  /** Classification words (CPV labels): next in line. */
  labels: readonly string[];
  /** Long free text: only its most distinctive words are used. */
  body: readonly string[];
}

/**
 * A short search query for a long text: the engine caps query words, so the raw description would
 * be cut after ten words. Keeps the primary words, then label words, then the body words that are
 * repeated most (longer words first among equals, as they tend to be more specific).
 */
export function focusedQuery(parts: QueryParts, maxWords = MAX_QUERY_WORDS): string {
  const out: string[] = [];
  const seen = new Set<string>();
  const take = (word: string): void => {
    if (out.length < maxWords && !seen.has(word)) {
      seen.add(word);
      out.push(word);
    }
  };
  for (const text of parts.primary) tokenize(text).forEach(take);
  for (const text of parts.labels) tokenize(text).forEach(take);
  if (out.length < maxWords) {
    const counts = new Map<string, number>();
    for (const text of parts.body) {
      for (const word of wordsWithRepeats(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    [...counts.entries()]
      .filter(([w]) => !seen.has(w) && !/^\d+$/.test(w))
      .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))
      .forEach(([w]) => take(w));
  }
  return out.join(' ');
}

/** tokenize() returns distinct words; counting repeats needs every occurrence. */
function wordsWithRepeats(text: string): string[] {
  return text.split(/[.!?;\n]+/).flatMap((sentence) => tokenize(sentence));
}
