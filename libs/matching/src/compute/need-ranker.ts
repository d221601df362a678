import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferenceCatalogue } from '@navet/reference';
import { SupplierCandidateSearch } from '../candidates/supplier-candidates';
import type { MatchCriteriaValues } from '../domain/criteria';
import { NO_FEEDBACK } from '../domain/feedback-fit';
import { scoreMatch } from '../domain/score';
import { byScore, ScoredSupplier } from '../domain/selection';
import { feedbackCounts } from '../persistence/feedback.reader';
import type { MatchNeed } from '../persistence/match-need.reader';
import { loadDiscoverableSuppliers, MatchSupplier } from '../persistence/match-supplier.reader';

/** Candidate generation plus exact scoring for one need: every candidate, best first (no cut-off). */
@Injectable()
export class NeedRanker {
  constructor(
    private readonly ds: DataSource,
    private readonly candidates: SupplierCandidateSearch,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async rank(need: MatchNeed, criteria: Pick<MatchCriteriaValues, 'weights'>): Promise<ScoredSupplier[]> {
    const candidates = await this.candidates.forNeed(need);
    // The index may lag behind PostgreSQL: only profiles that are discoverable now are scored.
    const suppliers = await loadDiscoverableSuppliers(this.ds, [...candidates.keys()]);
    const feedback = await feedbackCounts(
      this.ds,
      need,
      suppliers.map((s) => s.id),
    );
    return suppliers
      .map((s) => ({ supplierId: s.id, ...this.score(need, s, candidates.get(s.id) ?? null, criteria, feedback.get(s.id)) }))
      .sort(byScore);
  }

  score(
    need: MatchNeed,
    supplier: MatchSupplier,
    textScore: number | null,
    criteria: Pick<MatchCriteriaValues, 'weights'>,
    feedback = NO_FEEDBACK,
  ): ReturnType<typeof scoreMatch> {
    return scoreMatch({
      need: {
        language: need.language,
        cpvCodes: need.cpvCodes,
        regionCodes: need.regionCodes,
        focusAreas: need.focusAreas,
        readiness: need.readiness,
      },
      supplier: {
        cpvCodes: supplier.cpvCodes,
        regionCodes: supplier.regionCodes,
        focusAreas: supplier.focusAreas,
        readiness: supplier.readiness,
        name: supplier.organizationName,
      },
      textScore,
      feedback,
      criteria,
      catalogue: this.catalogue,
    });
  }
}
