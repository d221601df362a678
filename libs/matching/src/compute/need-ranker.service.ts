import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferenceCatalogue } from '@navet/reference';
import { SuppliersForNeedSearch } from '../candidates/suppliers-for-need.service';
import type { MatchCriteriaValues } from '../domain/criteria';
import { FeedbackCounts, NO_FEEDBACK } from '../domain/feedback-fit';
import { scoreMatch } from '../domain/score';
import { byScore, ScoredSupplier } from '../domain/selection';
import { feedbackCounts } from '../persistence/feedback.reader';
import type { MatchNeed } from '../persistence/match-need.reader';
import { loadDiscoverableSupplierFacts, loadDiscoverableSuppliers, SupplierFacts } from '../persistence/match-supplier.reader';
import type { StoredSupplierCandidates } from '../persistence/supplier-candidates.store';

export interface Ranking {
  /** Every candidate, best first (no cut-off); scores and component values only, without words. */
  ranked: ScoredSupplier[];
  /** The same pairs with their component details and explanation: for those that are stored. */
  explain(pairs: readonly ScoredSupplier[]): ScoredSupplier[];
  /** What was scored: profile version and text relevance per supplier, worth keeping for a re-score. */
  candidates: StoredSupplierCandidates['candidates'];
}

type Criteria = Pick<MatchCriteriaValues, 'weights'>;

/** Loaded candidates with their text relevance to the need: what scoring needs besides the criteria. */
interface Candidates {
  suppliers: SupplierFacts[];
  texts: Map<string, number | null>;
  feedback: Map<string, FeedbackCounts>;
}

/** Candidate generation plus exact scoring for one need. */
@Injectable()
export class NeedRanker {
  constructor(
    private readonly ds: DataSource,
    private readonly candidates: SuppliersForNeedSearch,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async rank(need: MatchNeed, criteria: Criteria, poolChangedAt?: Date): Promise<Ranking> {
    return this.scoreAll(need, criteria, await this.generate(need, poolChangedAt));
  }

  /**
   * Several sets of criteria over the same candidates (a criteria replay compares a candidate with
   * the active criteria): candidates are generated, or the stored ones re-measured, once; only the
   * scoring runs per set. `stored`/`alsoScore` as in rescore(); without `stored`, as in rank().
   */
  async rankEach(
    need: MatchNeed,
    criteriaSets: readonly Criteria[],
    stored: StoredSupplierCandidates | null,
    alsoScore: readonly string[] = [],
  ): Promise<Ranking[]> {
    const scored = stored ? await this.remeasure(need, stored, alsoScore) : await this.generate(need);
    return criteriaSets.map((criteria) => this.scoreAll(need, criteria, scored));
  }

  private async generate(need: MatchNeed, poolChangedAt?: Date): Promise<Candidates> {
    const found = await this.candidates.forNeed(need, poolChangedAt);
    // The index may lag behind PostgreSQL: only profiles that are discoverable now are scored.
    const suppliers = await loadDiscoverableSuppliers(this.ds, found.ids);
    const texts = new Map(suppliers.map((s) => [s.id, found.relevance(s)]));
    return { suppliers, texts, feedback: await this.feedbackOf(need, suppliers) };
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
    return this.scoreAll(need, criteria, await this.remeasure(need, stored, alsoScore));
  }

  private async remeasure(need: MatchNeed, stored: StoredSupplierCandidates, alsoScore: readonly string[]): Promise<Candidates> {
    const suppliers = await loadDiscoverableSupplierFacts(this.ds, [...new Set([...stored.candidates.keys(), ...alsoScore])]);
    const texts = new Map<string, number | null>();
    const changed: SupplierFacts[] = [];
    for (const s of suppliers) {
      const kept = stored.candidates.get(s.id);
      if (kept && kept.version === s.version) texts.set(s.id, kept.text);
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
    measurable.forEach((s, i) => texts.set(s.id, measured[i] ?? null));
    return { suppliers, texts, feedback: await this.feedbackOf(need, suppliers) };
  }

  private feedbackOf(need: MatchNeed, suppliers: readonly SupplierFacts[]): Promise<Map<string, FeedbackCounts>> {
    return feedbackCounts(
      this.ds,
      need,
      suppliers.map((s) => s.id),
    );
  }

  score(
    need: MatchNeed,
    supplier: SupplierFacts,
    textScore: number | null,
    criteria: Criteria,
    feedback = NO_FEEDBACK,
    explain = true,
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
      explain,
    });
  }

  private scoreAll(need: MatchNeed, criteria: Criteria, { suppliers, texts, feedback }: Candidates): Ranking {
    const scoreOf = (s: SupplierFacts, explain: boolean): ScoredSupplier => ({
      supplierId: s.id,
      ...this.score(need, s, texts.get(s.id) ?? null, criteria, feedback.get(s.id), explain),
    });
    const ranked = suppliers.map((s) => scoreOf(s, false)).sort(byScore);
    const byId = new Map(suppliers.map((s) => [s.id, s]));
    const candidates: Ranking['candidates'] = new Map(
      suppliers.map((s) => [s.id, { version: s.version, text: texts.get(s.id) ?? null }]),
    );
    return { ranked, candidates, explain: (pairs) => pairs.map((p) => scoreOf(byId.get(p.supplierId)!, true)) };
  }
}
