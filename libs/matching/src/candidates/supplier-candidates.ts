import { Injectable } from '@nestjs/common';
import type { SearchParams } from 'meilisearch';
import { ReferenceCatalogue } from '@navet/reference';
import { allOf, anyOf, MeiliClient, regionOverlap } from '@navet/search';
import type { MatchNeed } from '../persistence/match-need.reader';
import { cpvDivisions, needQuery, specificCpvPrefixes } from './match-queries';

/** Supplier id -> engine text relevance in [0,1], or null when found through CPV codes only. */
export type SupplierCandidates = Map<string, number | null>;

export const TEXT_CANDIDATES = 150;
export const CPV_CANDIDATES = 150;

interface SupplierHit {
  id: string;
  organizationId: string;
  _rankingScore?: number;
}

/**
 * Candidate generation for a need over the suppliers index (which holds discoverable profiles only).
 *
 * Region is deliberately NOT a hard filter for text and specific-CPV candidates: a supplier based
 * elsewhere (another county, a national firm, another EU country) may be the best answer, and the
 * REGION signal already lowers its score. Only the broad "same CPV division" pool, which can be
 * huge and carries no text evidence, is narrowed to suppliers serving the need's regions.
 */
@Injectable()
export class SupplierCandidateSearch {
  constructor(
    private readonly meili: MeiliClient,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async forNeed(need: MatchNeed): Promise<SupplierCandidates> {
    await this.meili.ready();
    const query = needQuery(need, this.catalogue);
    const specific = specificCpvPrefixes(need.cpvCodes);
    const base: SearchParams = {
      attributesToRetrieve: ['id', 'organizationId'],
      showRankingScore: true,
      matchingStrategy: 'frequency',
    };
    const searches = [
      { ...base, q: query, limit: TEXT_CANDIDATES },
      { ...base, q: '', limit: CPV_CANDIDATES, filter: anyOf('cpvPrefixes', specific) ?? undefined },
      {
        ...base,
        q: '',
        limit: CPV_CANDIDATES,
        filter: allOf([anyOf('cpvPrefixes', cpvDivisions(need.cpvCodes)), regionOverlap(need.regionCodes)]),
      },
    ].filter((s, i) => i === 0 || s.filter !== undefined);
    const results = await this.search(searches);
    const out: SupplierCandidates = new Map();
    const textHits = query ? results[0] : [];
    for (const h of textHits) out.set(h.id, h._rankingScore ?? 0);
    const cpvOnly = new Map<string, string>();
    for (const hits of results.slice(1)) for (const h of hits) if (!out.has(h.id)) cpvOnly.set(h.id, h.organizationId);
    // Found by CPV only: ask for their text relevance to the same query, so TEXT stays comparable.
    const scores = query && cpvOnly.size ? await this.textScores(query, [...cpvOnly.values()]) : new Map<string, number>();
    for (const id of cpvOnly.keys()) out.set(id, scores.get(id) ?? null);
    return out;
  }

  /** Text relevance of one need against one supplier organization's profile (null: no text match or not indexed). */
  async scoreOne(need: MatchNeed, supplierOrganizationId: string): Promise<number | null> {
    const [score] = await this.scorePairs([{ need, supplierOrganizationId }]);
    return score ?? null;
  }

  /** Text relevance for many (need, supplier) pairs in one round trip; the same query as forNeed() uses. */
  async scorePairs(pairs: readonly { need: MatchNeed; supplierOrganizationId: string }[]): Promise<(number | null)[]> {
    if (pairs.length === 0) return [];
    await this.meili.ready();
    const results = await this.search(
      pairs.map((p) => ({
        q: needQuery(p.need, this.catalogue),
        filter: anyOf('organizationId', [p.supplierOrganizationId]) ?? undefined,
        limit: 1,
        attributesToRetrieve: ['id', 'organizationId'],
        showRankingScore: true,
        matchingStrategy: 'frequency',
      })),
    );
    return results.map((hits) => (hits[0] ? (hits[0]._rankingScore ?? 0) : null));
  }

  private async textScores(query: string, organizationIds: string[]): Promise<Map<string, number>> {
    const [hits] = await this.search([
      {
        q: query,
        filter: anyOf('organizationId', organizationIds) ?? undefined,
        limit: organizationIds.length,
        attributesToRetrieve: ['id', 'organizationId'],
        showRankingScore: true,
        matchingStrategy: 'frequency',
      },
    ]);
    return new Map(hits.map((h) => [h.id, h._rankingScore ?? 0]));
  }

  private async search(queries: SearchParams[]): Promise<SupplierHit[][]> {
    const indexUid = this.meili.suppliersIndexUid;
    const response = await this.meili.client.multiSearch<{ queries: (SearchParams & { indexUid: string })[] }, SupplierHit>({
      queries: queries.map((q) => ({ ...q, indexUid })),
    });
    return response.results.map((r) => r.hits);
  }
}
