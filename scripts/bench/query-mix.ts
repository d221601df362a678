import { cpvDigits, FOCUS_AREAS } from '@navet/reference';
import { Prng } from './prng';
import type { WorldPools } from './world-pools';

export type SearchKind = 'needs' | 'suppliers';

export interface SearchFilterSpec {
  cpvPrefixes?: string[];
  regionCodes?: string[];
  focusAreas?: string[];
  companySizes?: string[];
}

/** One search a user would make: 1–4 words (sometimes none), maybe filters, always facets. */
export interface SearchSpec {
  kind: SearchKind;
  query: string;
  filter: SearchFilterSpec;
  page: number;
  pageSize: number;
}

const WORD = /^[\p{L}][\p{L}\d-]{2,}$/u;
const STOP = new Set([
  'och',
  'för',
  'med',
  'till',
  'av',
  'som',
  'den',
  'det',
  'the',
  'and',
  'for',
  'of',
  'with',
  'avseende',
  'inom',
]);

/** 1–4 consecutive words of a real title: what people type after reading similar notices. */
function phrase(rnd: Prng, text: string): string {
  const words = text.split(/[\s,.;:()"”“/]+/u).filter((w) => WORD.test(w) && !STOP.has(w.toLocaleLowerCase('sv')));
  if (words.length === 0) return '';
  const length = 1 + Math.min(rnd.int(4), words.length - 1);
  const start = rnd.int(words.length - length + 1);
  return words
    .slice(start, start + length)
    .join(' ')
    .toLocaleLowerCase('sv');
}

/**
 * A deterministic list of searches: half on needs (anonymous), half on suppliers (a buyer).
 * 10% browse without words; filters on CPV (30%), region (30%), focus area (15%), company size
 * (suppliers, 10%); 10% ask for page 2.
 */
export function searchMix(pools: WorldPools, count: number, seed = 7): SearchSpec[] {
  const rnd = new Prng(seed);
  const out: SearchSpec[] = [];
  for (let i = 0; i < count; i++) {
    const kind: SearchKind = rnd.chance(0.5) ? 'needs' : 'suppliers';
    const source =
      kind === 'needs'
        ? rnd.pick(pools.needs).need.title
        : rnd.pick(rnd.pick(pools.suppliers).profile.offerings.concat(rnd.pick(pools.needs).need.title));
    const query = rnd.chance(0.1) ? '' : phrase(rnd, source);
    const filter: SearchFilterSpec = {};
    if (rnd.chance(0.3)) {
      const code = rnd.pick(rnd.pick(pools.needs).need.cpvCodes);
      filter.cpvPrefixes = [cpvDigits(code).slice(0, rnd.chance(0.5) ? 2 : 4)];
    }
    if (rnd.chance(0.3)) {
      const region = rnd.pick(pools.regionCodes);
      filter.regionCodes = [region.slice(0, Math.max(2, Math.min(region.length, 3 + rnd.int(3))))];
    }
    if (rnd.chance(0.15)) filter.focusAreas = [rnd.pick(FOCUS_AREAS)];
    if (kind === 'suppliers' && rnd.chance(0.1)) filter.companySizes = rnd.sample(['MICRO', 'SMALL', 'MEDIUM', 'LARGE'], 2);
    out.push({ kind, query, filter, page: rnd.chance(0.1) ? 2 : 1, pageSize: 20 });
  }
  return out;
}
