import { Injectable } from '@nestjs/common';
import type { SearchParams } from 'meilisearch';
import { ReferenceCatalogue } from '@navet/reference';
import { allOf, anyOf, MeiliClient, multiSearchOwnTexts, regionOverlap, SUPPLIER_OWN_TEXT_ATTRIBUTES } from '@navet/search';
import { words as textWords } from '../domain/text-fit';
import type { MatchNeed } from '../persistence/match-need.reader';
import type { MatchSupplier } from '../persistence/match-supplier.reader';
import { cpvDivisions, cpvLevels, needQuery } from './match-queries';
import { DocFreqCache } from './doc-freq-cache';
import { queryWords, termFrequencies, WordStats, wordCoverage, wordRelevance, wordsFound } from './word-relevance';

/** Candidates for a need, and how to measure a loaded candidate's text relevance to it. */
export interface SuppliersForNeed {
  ids: string[];
  /** IDF-weighted share of the need's words the profile contains, in (0,1], or null without any. */
  relevance(supplier: MatchSupplier): number | null;
}

export const TEXT_CANDIDATES = 150;
export const CPV_CANDIDATES = 150;
/**
 * Profiles fetched per query word. A word in more profiles than this is common: its postings are
 * not fetched (at 100,000 profiles a 1,000-hit search costs ten times a count), and whether a
 * candidate contains it is decided locally from the candidate's text.
 */
export const WORD_HITS = 200;

interface SupplierHit {
  id: string;
  organizationId: string;
}

interface SearchResult {
  hits: SupplierHit[];
  estimatedTotalHits?: number;
}

const HIT_FIELDS = ['id', 'organizationId'];
const TOTAL = '\u0000total';

/**
 * Candidate generation for a need over the suppliers index (which holds discoverable profiles only).
 *
 * Text: how many profiles contain each word of the need's focused query is counted (and cached);
 * the profiles containing each rarer word are fetched, and the best profiles by the IDF-weighted
 * share of those words are candidates (see word-relevance.ts). Common words weigh little and are
 * checked on the candidates only, locally.
 *
 * Region is deliberately NOT a hard filter for text and specific-CPV candidates: a supplier based
 * elsewhere (another county, a national firm, another EU country) may be the best answer, and the
 * REGION signal already lowers its score. Only the broad "same CPV division" pool, which can be
 * huge and carries no text evidence, is narrowed to suppliers serving the need's regions.
 */
@Injectable()
export class SuppliersForNeedSearch {
  private readonly docFreqs = new DocFreqCache();
  private readonly labelWordCache = new Map<string, string[]>();

  constructor(
    private readonly meili: MeiliClient,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  /** `poolChangedAt`: the last bulk change of the profiles (match_pool); cached counts from before it are not used. */
  async forNeed(need: MatchNeed, poolChangedAt?: Date): Promise<SuppliersForNeed> {
    await this.meili.ready();
    // Number(): before any hand-over, pg answers the column's '-infinity' as -Infinity, not a Date.
    if (poolChangedAt !== undefined) this.docFreqs.forgetBefore(Number(poolChangedAt));
    const words = queryWords(needQuery(need, this.catalogue));
    const { total, docFreq } = await this.frequencies(words);
    const stats: WordStats[] = words.map((word) => ({ word, docFreq: docFreq.get(word) ?? 0 }));
    const fetched = stats.filter((s) => s.docFreq > 0 && s.docFreq <= WORD_HITS).map((s) => s.word);
    const cpv = this.cpvSearches(need);
    const results = await this.search([...fetched.map((w) => ({ q: w, limit: WORD_HITS })), ...cpv.searches]);

    // Complete for the fetched words: each returned every profile containing it.
    const matched = new Map<string, Set<string>>();
    fetched.forEach((word, i) => {
      for (const h of results[i]!.hits) {
        let set = matched.get(h.id);
        if (!set) matched.set(h.id, (set = new Set()));
        set.add(word);
      }
    });
    const byText = [...matched.keys()]
      .map((id) => ({ id, score: wordCoverage(stats, matched.get(id)!, total) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, TEXT_CANDIDATES);
    const ids = new Set(byText.map((c) => c.id));
    for (const id of this.cpvIds(results.slice(fetched.length), cpv.levels)) ids.add(id);

    const common = stats.filter((s) => s.docFreq > WORD_HITS).map((s) => s.word);
    return {
      ids: [...ids],
      relevance: (supplier) => {
        const found = new Set(matched.get(supplier.id));
        for (const w of wordsFound(common, this.supplierWords(supplier))) found.add(w);
        return this.relevanceOf(stats, found, supplier, total);
      },
    };
  }

  /**
   * The CPV part of forNeed()'s candidates alone, without searching the need's words: a subset of
   * forNeed(need).ids (the discoverable profiles sharing the need's codes, deepest level first, and
   * those in its divisions serving its regions). Empty for a need without codes.
   */
  async cpvCandidates(need: MatchNeed): Promise<string[]> {
    await this.meili.ready();
    const cpv = this.cpvSearches(need);
    return [...this.cpvIds(await this.search(cpv.searches), cpv.levels)];
  }

  /** The CPV searches: one per shared level (category, class, group), then the regional division pool. */
  private cpvSearches(need: MatchNeed): { searches: SearchParams[]; levels: number } {
    const levels = cpvLevels(need.cpvCodes).filter((l) => l.length > 0);
    const regional: SearchParams = {
      q: '',
      limit: CPV_CANDIDATES,
      filter: allOf([anyOf('cpvPrefixes', cpvDivisions(need.cpvCodes)), regionOverlap(need.regionCodes)]),
    };
    const searches: SearchParams[] = [
      ...levels.map((prefixes) => ({ q: '', limit: CPV_CANDIDATES, filter: anyOf('cpvPrefixes', prefixes) ?? undefined })),
      ...(regional.filter !== undefined ? [regional] : []),
    ];
    return { searches, levels: levels.length };
  }

  /** Deepest shared level first, CPV_CANDIDATES in all: category, then class, then group; then the regional pool. */
  private cpvIds(results: readonly SearchResult[], levels: number): Set<string> {
    const ids = new Set<string>();
    for (const r of results.slice(0, levels)) {
      for (const h of r.hits) if (ids.size < CPV_CANDIDATES) ids.add(h.id);
    }
    for (const r of results.slice(levels)) for (const h of r.hits) ids.add(h.id);
    return ids;
  }

  /**
   * The TEXT value of a profile given which query words it contains (the engine's word for the
   * fetched words, the local check for common ones): BM25-saturated over the profile's own counts
   * and length (word-relevance.ts); null when it contains none.
   */
  private relevanceOf(
    stats: readonly WordStats[],
    found: ReadonlySet<string>,
    supplier: MatchSupplier,
    total: number,
  ): number | null {
    if (found.size === 0) return null;
    const counts = termFrequencies([...found], this.supplierWords(supplier));
    // The engine's typo tolerance may find a word the local prefix rule does not: it occurs once.
    const termFreqs = new Map([...found].map((w) => [w, Math.max(1, counts.get(w) ?? 0)]));
    const score = wordRelevance(stats, termFreqs, this.profileLength(supplier), total);
    return score > 0 ? score : null;
  }

  /** Words of the supplier's own text (CPV labels aside: many codes are not a long description). */
  private profileLength(s: MatchSupplier): number {
    let n = 0;
    for (const text of [s.headline, ...s.offerings, s.description]) n += textWords(text).length;
    return n;
  }

  /** The words of what the suppliers index searches in a profile (references aside: matching does not load them). */
  private *supplierWords(s: MatchSupplier): Iterable<string> {
    for (const text of [s.headline, ...s.offerings, s.description, s.organizationName]) yield* textWords(text);
    for (const code of s.cpvCodes) yield* this.labelWords(code);
  }

  /** A code's labels (sv and en, with its ancestors') as words; 9,454 codes at most, so kept. */
  private labelWords(code: string): string[] {
    let cached = this.labelWordCache.get(code);
    if (!cached) {
      const labels = this.catalogue.cpvLabels([code], true);
      cached = [...labels.sv, ...labels.en].flatMap(textWords);
      this.labelWordCache.set(code, cached);
    }
    return cached;
  }

  /** Profiles in the index and per word, from the cache or one multi-search of counts (no hits: cheap). */
  private async frequencies(words: readonly string[]): Promise<{ total: number; docFreq: Map<string, number> }> {
    const unknown = words.filter((w) => this.docFreqs.get(w) === undefined);
    const counts = await this.search(unknown.map((w) => ({ q: w, limit: 0 })));
    unknown.forEach((w, i) => this.docFreqs.set(w, counts[i]!.estimatedTotalHits ?? 0));
    return { total: await this.total(), docFreq: new Map(words.map((w) => [w, this.docFreqs.get(w) ?? 0])) };
  }

  /** From the index stats: a search's estimatedTotalHits stops at maxTotalHits (10,000). */
  private async total(): Promise<number> {
    let total = this.docFreqs.get(TOTAL);
    if (total === undefined) {
      total = (await this.meili.client.index(this.meili.suppliersIndexUid).getStats()).numberOfDocuments;
      this.docFreqs.set(TOTAL, total);
    }
    return total;
  }

  /** Text relevance of one need against one supplier's profile (null: no text match or not indexed). */
  async scoreOne(need: MatchNeed, supplier: MatchSupplier): Promise<number | null> {
    const [score] = await this.scorePairs([{ need, supplier }]);
    return score ?? null;
  }

  /** Text relevance for many (need, supplier) pairs in one round trip; the same measure as forNeed() uses. */
  async scorePairs(pairs: readonly { need: MatchNeed; supplier: MatchSupplier }[]): Promise<(number | null)[]> {
    if (pairs.length === 0) return [];
    await this.meili.ready();
    const pairWords = pairs.map((p) => queryWords(needQuery(p.need, this.catalogue)));
    const distinct = [...new Set(pairWords.flat())];
    // One check per (organization, word), not per pair: a supplier matched against 100 needs shares
    // most words across them, and each check is a search.
    const checkKeys = [
      ...new Set(pairs.flatMap((p, i) => pairWords[i]!.map((word) => `${p.supplier.organizationId}\u0000${word}`))),
    ];
    const checks = checkKeys.map((k) => {
      const [org, word] = k.split('\u0000') as [string, string];
      return { org, word };
    });
    const { total, docFreq } = await this.frequencies(distinct);
    const results = await this.search(
      checks.map((c) => ({ q: c.word, filter: anyOf('organizationId', [c.org]) ?? undefined, limit: 1 })),
    );
    const found = new Set(checkKeys.filter((_, i) => results[i]!.hits.length > 0));
    const matched = pairs.map(
      (p, i) => new Set(pairWords[i]!.filter((word) => found.has(`${p.supplier.organizationId}\u0000${word}`))),
    );
    return pairs.map((p, i) => {
      const stats = pairWords[i]!.map((word) => ({ word, docFreq: docFreq.get(word) ?? 0 }));
      return this.relevanceOf(stats, matched[i]!, p.supplier, total);
    });
  }

  private async search(queries: SearchParams[]): Promise<SearchResult[]> {
    if (queries.length === 0) return [];
    const indexUid = this.meili.suppliersIndexUid;
    const results = await multiSearchOwnTexts<SupplierHit & Record<string, unknown>>(
      this.meili.client,
      queries.map((q) => ({ attributesToRetrieve: HIT_FIELDS, matchingStrategy: 'all', ...q, indexUid })),
      SUPPLIER_OWN_TEXT_ATTRIBUTES,
    );
    return results.map((r) => ({ hits: r.hits, estimatedTotalHits: r.estimatedTotalHits }));
  }
}
