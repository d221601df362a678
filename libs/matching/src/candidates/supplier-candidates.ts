import { Injectable } from '@nestjs/common';
import type { SearchParams } from 'meilisearch';
import { ReferenceCatalogue } from '@navet/reference';
import { allOf, anyOf, MeiliClient, regionOverlap } from '@navet/search';
import type { MatchNeed } from '../persistence/match-need.reader';
import { cpvDivisions, needQuery, specificCpvPrefixes } from './match-queries';
import { DocFreqCache } from './doc-freq-cache';
import { queryWords, WordStats, wordCoverage } from './word-relevance';

/** Supplier id -> text relevance in [0,1], or null when found through CPV codes only. */
export type SupplierCandidates = Map<string, number | null>;

export const TEXT_CANDIDATES = 150;
export const CPV_CANDIDATES = 150;
/** Profiles fetched per query word; a word in more profiles is common and weighs little. */
export const WORD_HITS = 1000;

interface SupplierHit {
  id: string;
  organizationId: string;
}

interface SearchResult {
  hits: SupplierHit[];
  estimatedTotalHits?: number;
}

const HIT_FIELDS = ['id', 'organizationId'];

/**
 * Candidate generation for a need over the suppliers index (which holds discoverable profiles only).
 *
 * Text: each word of the need's focused query is searched on its own, and a profile's relevance is
 * the IDF-weighted share of the words it contains (see word-relevance.ts); the best profiles by that
 * share are candidates.
 *
 * Region is deliberately NOT a hard filter for text and specific-CPV candidates: a supplier based
 * elsewhere (another county, a national firm, another EU country) may be the best answer, and the
 * REGION signal already lowers its score. Only the broad "same CPV division" pool, which can be
 * huge and carries no text evidence, is narrowed to suppliers serving the need's regions.
 */
@Injectable()
export class SupplierCandidateSearch {
  private readonly docFreqs = new DocFreqCache();

  constructor(
    private readonly meili: MeiliClient,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async forNeed(need: MatchNeed): Promise<SupplierCandidates> {
    await this.meili.ready();
    const words = queryWords(needQuery(need, this.catalogue));
    const cpvSearches: SearchParams[] = [
      { q: '', limit: CPV_CANDIDATES, filter: anyOf('cpvPrefixes', specificCpvPrefixes(need.cpvCodes)) ?? undefined },
      {
        q: '',
        limit: CPV_CANDIDATES,
        filter: allOf([anyOf('cpvPrefixes', cpvDivisions(need.cpvCodes)), regionOverlap(need.regionCodes)]),
      },
    ].filter((s) => s.filter !== undefined);
    const results = await this.search([
      { q: '', limit: 0 },
      ...words.map((w) => ({ q: w, limit: WORD_HITS })),
      ...cpvSearches.map((s) => ({ ...s, attributesToRetrieve: HIT_FIELDS })),
    ]);
    const total = results[0]!.estimatedTotalHits ?? 0;
    const wordResults = results.slice(1, 1 + words.length);
    const stats: WordStats[] = words.map((word, i) => ({ word, docFreq: wordResults[i]!.estimatedTotalHits ?? 0 }));

    const orgOf = new Map<string, string>();
    const matched = new Map<string, Set<string>>();
    wordResults.forEach((r, i) => {
      for (const h of r.hits) {
        orgOf.set(h.id, h.organizationId);
        let set = matched.get(h.id);
        if (!set) matched.set(h.id, (set = new Set()));
        set.add(words[i]!);
      }
    });
    const byText = [...matched.keys()]
      .map((id) => ({ id, score: wordCoverage(stats, matched.get(id)!, total) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, TEXT_CANDIDATES);
    const candidates = new Set(byText.map((c) => c.id));
    for (const r of results.slice(1 + words.length)) {
      for (const h of r.hits) {
        orgOf.set(h.id, h.organizationId);
        candidates.add(h.id);
      }
    }
    // A word found in more profiles than were fetched may still be in a candidate: ask for those directly.
    const cut = stats.filter((s, i) => s.docFreq > wordResults[i]!.hits.length);
    if (cut.length) {
      const unknown = (word: string) => [...candidates].filter((id) => !matched.get(id)?.has(word));
      const checks = cut.map((s) => ({ word: s.word, ids: unknown(s.word) })).filter((c) => c.ids.length > 0);
      const found = await this.search(
        checks.map((c) => ({
          q: c.word,
          filter: anyOf('organizationId', [...new Set(c.ids.map((id) => orgOf.get(id)!))]) ?? undefined,
          limit: c.ids.length,
        })),
      );
      checks.forEach((c, i) => {
        for (const h of found[i]!.hits) {
          let set = matched.get(h.id);
          if (!set) matched.set(h.id, (set = new Set()));
          set.add(c.word);
        }
      });
    }
    const out: SupplierCandidates = new Map();
    for (const id of candidates) {
      const score = matched.has(id) ? wordCoverage(stats, matched.get(id)!, total) : 0;
      out.set(id, score > 0 ? score : null);
    }
    return out;
  }

  /** Text relevance of one need against one supplier organization's profile (null: no text match or not indexed). */
  async scoreOne(need: MatchNeed, supplierOrganizationId: string): Promise<number | null> {
    const [score] = await this.scorePairs([{ need, supplierOrganizationId }]);
    return score ?? null;
  }

  /** Text relevance for many (need, supplier) pairs in one round trip; the same measure as forNeed() uses. */
  async scorePairs(pairs: readonly { need: MatchNeed; supplierOrganizationId: string }[]): Promise<(number | null)[]> {
    if (pairs.length === 0) return [];
    await this.meili.ready();
    const pairWords = pairs.map((p) => queryWords(needQuery(p.need, this.catalogue)));
    const distinct = [...new Set(pairWords.flat())];
    // One check per (organization, word), not per pair: a supplier matched against 100 needs shares
    // most words across them, and each check is a search.
    const checkKeys = [
      ...new Set(pairs.flatMap((p, i) => pairWords[i]!.map((word) => `${p.supplierOrganizationId}\u0000${word}`))),
    ];
    const checks = checkKeys.map((k) => {
      const [org, word] = k.split('\u0000') as [string, string];
      return { org, word };
    });
    const TOTAL = '\u0000total';
    const unknown = [TOTAL, ...distinct].filter((w) => this.docFreqs.get(w) === undefined);
    const results = await this.search([
      ...unknown.map((w) => ({ q: w === TOTAL ? '' : w, limit: 0 })),
      ...checks.map((c) => ({ q: c.word, filter: anyOf('organizationId', [c.org]) ?? undefined, limit: 1 })),
    ]);
    unknown.forEach((w, i) => this.docFreqs.set(w, results[i]!.estimatedTotalHits ?? 0));
    const total = this.docFreqs.get(TOTAL) ?? 0;
    const docFreq = new Map(distinct.map((w) => [w, this.docFreqs.get(w) ?? 0]));
    const found = new Set(checkKeys.filter((_, i) => results[unknown.length + i]!.hits.length > 0));
    const matched = pairs.map(
      (p, i) => new Set(pairWords[i]!.filter((word) => found.has(`${p.supplierOrganizationId}\u0000${word}`))),
    );
    return pairs.map((_, i) => {
      const stats = pairWords[i]!.map((word) => ({ word, docFreq: docFreq.get(word) ?? 0 }));
      const score = wordCoverage(stats, matched[i]!, total);
      return score > 0 ? score : null;
    });
  }

  private async search(queries: SearchParams[]): Promise<SearchResult[]> {
    if (queries.length === 0) return [];
    const indexUid = this.meili.suppliersIndexUid;
    const response = await this.meili.client.multiSearch<{ queries: (SearchParams & { indexUid: string })[] }, SupplierHit>({
      queries: queries.map((q) => ({ attributesToRetrieve: HIT_FIELDS, matchingStrategy: 'all', ...q, indexUid })),
    });
    return response.results.map((r) => ({ hits: r.hits, estimatedTotalHits: r.estimatedTotalHits }));
  }
}
