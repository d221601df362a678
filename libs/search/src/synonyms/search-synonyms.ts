import type { ReferenceCatalogue } from '@navet/reference';
import curatedFile from '../../data/curated-synonyms.json';
import { cpvEquivalences, ParallelLabel } from './cpv-equivalences';
import { curatedGroups } from './curated-terms';
import { buildSynonymMap, SynonymGroup, SynonymMap } from './synonym-map';
import { equivalentTerms } from './term-expansion';

/**
 * Swedish <-> English synonyms: the curated terms first (checked by hand), then the CPV catalogue's
 * whole labels and its aligned words.
 */
export function bilingualSynonyms(labels: readonly ParallelLabel[], curated: unknown = curatedFile): SynonymMap {
  const groups: SynonymGroup[] = [...curatedGroups(curated), ...cpvEquivalences(labels).map((e) => [e.sv, e.en])];
  return buildSynonymMap(groups);
}

// One map per catalogue (in practice one per process): building it takes a few hundred milliseconds.
const cache = new WeakMap<ReferenceCatalogue, SynonymMap>();

export function catalogueSynonyms(catalogue: ReferenceCatalogue): SynonymMap {
  let map = cache.get(catalogue);
  if (!map) {
    map = bilingualSynonyms(catalogue.allCpv().map((e) => ({ sv: e.labelSv, en: e.labelEn })));
    cache.set(catalogue, map);
  }
  return map;
}

/** The equivalentTerms field of a need or profile document, from its texts (most important first). */
export const documentEquivalentTerms = (catalogue: ReferenceCatalogue, texts: readonly string[]): string[] =>
  equivalentTerms(catalogueSynonyms(catalogue), texts);
