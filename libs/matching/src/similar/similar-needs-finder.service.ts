import { Injectable } from '@nestjs/common';
import type { SearchParams } from 'meilisearch';
import type { Queryable } from '@navet/database';
import { Need, readPublishedNeeds } from '@navet/needs';
import { ReferenceCatalogue } from '@navet/reference';
import { allOf, anyOf, MeiliClient, multiSearchOwnTexts, NEED_OWN_TEXT_ATTRIBUTES, quote } from '@navet/search';
import { cpvDivisions, needQuery } from '../candidates/match-queries';
import type { MatchWeights } from '../domain/criteria';
import { NeedSimilarity, scoreNeedPair } from '../domain/need-similarity';

/** Candidates per query: the need's text, and its CPV divisions. */
export const SIMILAR_NEED_CANDIDATES = 100;

export interface SimilarNeedScore extends NeedSimilarity {
  need: Need;
}

/**
 * Published needs of other buyer organizations similar to a need. Candidates come from the needs
 * index (the need's text, plus every need sharing a CPV division, so a need in another language
 * with the same codes is found although no word matches); PostgreSQL then gives the truth (only
 * still-published needs) and the need-vs-need scorer ranks them.
 */
@Injectable()
export class SimilarNeedsFinder {
  constructor(
    private readonly meili: MeiliClient,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async find(
    db: Queryable,
    need: Need,
    weights: Pick<MatchWeights, 'text' | 'cpv' | 'focusArea'>,
    opts: { limit: number; minScore?: number },
  ): Promise<SimilarNeedScore[]> {
    const ids = await this.candidates(need);
    const others = (await readPublishedNeeds(db, ids)).filter(
      (o) => o.id !== need.id && o.buyerOrganizationId !== need.buyerOrganizationId,
    );
    const minScore = opts.minScore ?? 0;
    return others
      .map((o): SimilarNeedScore => ({ need: o, ...scoreNeedPair(need, o, weights, this.catalogue) }))
      .filter((s) => s.score > 0 && s.score >= minScore)
      .sort((a, b) => b.score - a.score || a.need.id.localeCompare(b.need.id))
      .slice(0, opts.limit);
  }

  private async candidates(need: Need): Promise<string[]> {
    await this.meili.ready();
    const notMine = `buyerId != ${quote(need.buyerOrganizationId)}`;
    const base = { indexUid: this.meili.needsIndexUid, attributesToRetrieve: ['id'], limit: SIMILAR_NEED_CANDIDATES };
    const queries: (SearchParams & { indexUid: string })[] = [];
    const q = needQuery(need, this.catalogue);
    if (q) queries.push({ ...base, q, matchingStrategy: 'frequency', filter: notMine });
    const sameDivision = allOf([anyOf('cpvDivisions', cpvDivisions(need.cpvCodes)), notMine]);
    if (need.cpvCodes.length && sameDivision) queries.push({ ...base, q: '', filter: sameDivision });
    if (queries.length === 0) return [];
    // The authors' own words and CPV labels, as the matcher searches (not equivalentTerms).
    const results = await multiSearchOwnTexts<{ id: string }>(this.meili.client, queries, NEED_OWN_TEXT_ATTRIBUTES);
    return [...new Set(results.flatMap((r) => r.hits.map((h) => h.id)))];
  }
}
