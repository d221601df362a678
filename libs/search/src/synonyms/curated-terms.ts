import { normalizeTerm } from './synonym-terms';
import type { SynonymGroup } from './synonym-map';

/** One entry of libs/search/data/curated-synonyms.json: Swedish and English terms for one thing. */
export interface CuratedGroup {
  sv: string[];
  en: string[];
}

/** Longest curated term; terms of more than three words are found through the shorter ones only. */
export const MAX_CURATED_WORDS = 4;

const isTermList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((t) => typeof t === 'string');

/**
 * Checks the curated file and turns each entry into one synonym group (Swedish and English terms,
 * normalized like the CPV labels). A malformed entry fails loudly at boot rather than silently
 * dropping terms.
 */
export function curatedGroups(raw: unknown): SynonymGroup[] {
  const groups = (raw as { groups?: unknown } | null)?.groups;
  if (!Array.isArray(groups)) throw new Error('curated synonyms: expected { "groups": [...] }');
  return groups.map((g: unknown, i) => {
    const { sv, en } = (g ?? {}) as Partial<CuratedGroup>;
    if (!isTermList(sv) || !isTermList(en)) throw new Error(`curated synonyms: group ${i} needs non-empty "sv" and "en" lists`);
    return [...sv, ...en].map((term) => {
      const t = normalizeTerm(term);
      const words = t ? t.split(' ').length : 0;
      if (words === 0 || words > MAX_CURATED_WORDS)
        throw new Error(`curated synonyms: group ${i} term "${term}" must have 1 to ${MAX_CURATED_WORDS} words`);
      return t;
    });
  });
}
