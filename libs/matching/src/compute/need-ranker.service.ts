import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferenceCatalogue } from '@navet/reference';
import { SuppliersForNeedSearch } from '../candidates/suppliers-for-need.service';
import type { MatchCriteriaValues } from '../domain/criteria';
import { NO_FEEDBACK } from '../domain/feedback-fit';
import { scoreMatch } from '../domain/score';
import { byScore, ScoredSupplier } from '../domain/selection';
import { feedbackCounts } from '../persistence/feedback.reader';
import type { MatchNeed } from '../persistence/match-need.reader';
import { loadDiscoverableSupplierFacts, loadDiscoverableSuppliers, SupplierFacts } from '../persistence/match-supplier.reader';
import type { StoredSupplierCandidates } from '../persistence/supplier-candidates.store';

export interface Ranking {
  /** Every candidate, best first (no cut-off). */
  ranked: ScoredSupplier[];
  /** What was scored: profile version and text relevance per supplier, worth keeping for a re-score. */
  candidates: StoredSupplierCandidates['candidates'];
}

type Criteria = Pick<MatchCriteriaValues, 'weights'>;

/** Candidate generation plus exact scoring for one need. */
@Injectable()
export class NeedRanker {
  constructor(
    private readonly ds: DataSource,
    private readonly candidates: SuppliersForNeedSearch,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async rank(need: MatchNeed, criteria: Criteria, poolChangedAt?: Date): Promise<Ranking> {
    const found = await this.candidates.forNeed(need, poolChangedAt);
    // The index may lag behind PostgreSQL: only profiles that are discoverable now are scored.
    const suppliers = await loadDiscoverableSuppliers(this.ds, found.ids);
    return this.scoreAll(need, criteria, suppliers, new Map(suppliers.map((s) => [s.id, found.relevance(s)])));
  }

  /**
   * Scores candidates generated earlier for this need version without searching again: criteria
   * do not take part in candidate generation, so after a criteria change only the scores move.
   * `alsoScore`: suppliers that must be scored whatever the stored set says (those with a match).
   * A profile edited since keeps its place in the set but has its text relevance measured again.
   */
  async rescore(
    need: MatchNeed,
    criteria: Criteria,
    stored: StoredSupplierCandidates,
    alsoScore: readonly string[],
  ): Promise<Ranking> {
    const suppliers = await loadDiscoverableSupplierFacts(this.ds, [...new Set([...stored.candidates.keys(), ...alsoScore])]);
    const relevance = new Map<string, number | null>();
    const changed: SupplierFacts[] = [];
    for (const s of suppliers) {
      const kept = stored.candidates.get(s.id);
      if (kept && kept.version === s.version) relevance.set(s.id, kept.text);
      else changed.push(s);
    }
    // Text relevance reads the profile's own words: only the changed profiles' texts are loaded.
    const profiles = new Map(
      (
        await loadDiscoverableSuppliers(
          this.ds,
          changed.map((s) => s.id),
        )
      ).map((s) => [s.id, s]),
    );
    const measurable = changed.filter((s) => profiles.has(s.id));
    const measured = await this.candidates.scorePairs(measurable.map((s) => ({ need, supplier: profiles.get(s.id)! })));
    measurable.forEach((s, i) => relevance.set(s.id, measured[i] ?? null));
    return this.scoreAll(need, criteria, suppliers, relevance);
  }

  score(
    need: MatchNeed,
    supplier: SupplierFacts,
    textScore: number | null,
    criteria: Criteria,
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

  private async scoreAll(
    need: MatchNeed,
    criteria: Criteria,
    suppliers: SupplierFacts[],
    texts: Map<string, number | null>,
  ): Promise<Ranking> {
    const feedback = await feedbackCounts(
      this.ds,
      need,
      suppliers.map((s) => s.id),
    );
    const ranked = suppliers
      .map((s) => ({ supplierId: s.id, ...this.score(need, s, texts.get(s.id) ?? null, criteria, feedback.get(s.id)) }))
      .sort(byScore);
    const candidates: Ranking['candidates'] = new Map(
      suppliers.map((s) => [s.id, { version: s.version, text: texts.get(s.id) ?? null }]),
    );
    return { ranked, candidates };
  }
}
