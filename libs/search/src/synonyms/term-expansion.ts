import { MAX_KEY_WORDS, termWords } from './synonym-terms';
import type { SynonymMap } from './synonym-map';

/** Most equivalent terms one document carries: a long description must not swamp the index. */
export const MAX_EQUIVALENT_TERMS = 150;

/**
 * The other language's words for what a document says, found by looking up every run of one to
 * three words of its texts in the synonym map ("laddning av elbilar" gives "charging", "ev",
 * "electric cars", ...). Texts are read in order (title first), so the cap drops the least
 * important. Terms the texts already contain are left out.
 */
export function equivalentTerms(map: SynonymMap, texts: readonly string[], max = MAX_EQUIVALENT_TERMS): string[] {
  const found = new Set<string>();
  const present = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    const words = termWords(text);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_KEY_WORDS && i + n <= words.length; n++) {
        const key = words.slice(i, i + n).join(' ');
        present.add(key);
        const synonyms = map.get(key);
        if (!synonyms) continue;
        for (const s of synonyms) {
          if (found.has(s)) continue;
          found.add(s);
          out.push(s);
        }
      }
    }
  }
  return out.filter((t) => !present.has(t)).slice(0, max);
}
