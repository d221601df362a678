import { MAX_KEY_WORDS } from './synonym-terms';

/** Terms that mean the same (normalized: lower case, words joined by one space). */
export type SynonymGroup = readonly string[];

/** A term (one to three words) and the terms that mean the same, best first. */
export type SynonymMap = ReadonlyMap<string, readonly string[]>;

/**
 * At most this many synonyms per term (Meilisearch's own cap per query term, milli
 * `search/new/limits.rs`, is 50 phrases): the earliest (most trusted) sources are kept.
 */
export const MAX_SYNONYMS_PER_TERM = 50;

const wordCount = (term: string): number => term.split(' ').length;

/**
 * Mutual synonyms from groups in order of trust (curated first, then whole CPV labels, then aligned
 * words): each term of a group gets the others. Only terms of up to three words are keys (longer
 * ones are synonyms of the shorter terms only), keys in sorted order.
 */
export function buildSynonymMap(groups: Iterable<SynonymGroup>): SynonymMap {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    const terms = [...new Set(group.filter((t) => t.length > 0))];
    for (const key of terms) {
      if (wordCount(key) > MAX_KEY_WORDS) continue;
      let synonyms = map.get(key);
      if (!synonyms) map.set(key, (synonyms = []));
      for (const other of terms) {
        if (synonyms.length >= MAX_SYNONYMS_PER_TERM) break;
        if (other !== key && !synonyms.includes(other)) synonyms.push(other);
      }
    }
  }
  return new Map([...map].filter(([, s]) => s.length > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
