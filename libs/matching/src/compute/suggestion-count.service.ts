import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SuppliersForNeedSearch } from '../candidates/suppliers-for-need.service';
import type { MatchCriteriaValues } from '../domain/criteria';
import type { FeedbackCounts } from '../domain/feedback-fit';
import { isSuggestible } from '../domain/selection';
import { feedbackCounts } from '../persistence/feedback.reader';
import type { MatchNeed } from '../persistence/match-need.reader';
import { loadDiscoverableSupplierFacts, loadDiscoverableSuppliers, SupplierFacts } from '../persistence/match-supplier.reader';
import { NeedRanker } from './need-ranker.service';

type Criteria = Pick<MatchCriteriaValues, 'weights' | 'minScore' | 'maxSuggestionsPerNeed'>;

interface Facts {
  suppliers: SupplierFacts[];
  feedback: Map<string, FeedbackCounts>;
}

/**
 * How many suggestions the matcher would store for a need as it stands — exactly
 * `selectSuggestions(rank(need).ranked).length` — without reading every candidate's text.
 *
 * The TEXT signal only adds to a score (its value is 0 without a text match, at most 1) and only adds
 * evidence, so each candidate is first scored from its facts twice: with no text match and with a
 * full one. One that is suggestible without text is counted; one that is not suggestible even with a
 * full text match is dropped. Only the rest have their text loaded and measured, and none at all once
 * the certain ones reach the cap. A need with codes first tries its CPV candidates alone (they are part
 * of every candidate set): when they reach the cap, its words are not even searched.
 */
@Injectable()
export class SuggestionCounter {
  constructor(
    private readonly ds: DataSource,
    private readonly candidates: SuppliersForNeedSearch,
    private readonly ranker: NeedRanker,
  ) {}

  async count(need: MatchNeed, criteria: Criteria): Promise<number> {
    const cap = criteria.maxSuggestionsPerNeed;
    // The CPV candidates are always candidates: when they alone give the cap, the words are not searched.
    if (need.cpvCodes.length > 0) {
      const byCodes = await this.facts(need, await this.candidates.cpvCandidates(need));
      if (this.certain(need, criteria, byCodes).certain >= cap) return cap;
    }
    const found = await this.candidates.forNeed(need);
    const facts = await this.facts(need, found.ids);
    const { certain, open } = this.certain(need, criteria, facts);
    if (certain >= cap) return cap;
    let measured = 0;
    for (const s of await loadDiscoverableSuppliers(this.ds, open)) {
      const scored = this.ranker.score(need, s, found.relevance(s), criteria, facts.feedback.get(s.id), false);
      if (isSuggestible(scored, criteria) && certain + ++measured >= cap) return cap;
    }
    return certain + measured;
  }

  private async facts(need: MatchNeed, ids: readonly string[]): Promise<Facts> {
    const suppliers = await loadDiscoverableSupplierFacts(this.ds, ids);
    const feedback = await feedbackCounts(
      this.ds,
      need,
      suppliers.map((s) => s.id),
    );
    return { suppliers, feedback };
  }

  /** Suggestible without any text match (counted), and those only a text match could make suggestible. */
  private certain(need: MatchNeed, criteria: Criteria, { suppliers, feedback }: Facts): { certain: number; open: string[] } {
    let certain = 0;
    const open: string[] = [];
    for (const s of suppliers) {
      const at = (text: number | null) => this.ranker.score(need, s, text, criteria, feedback.get(s.id), false);
      if (isSuggestible(at(null), criteria)) certain++;
      else if (isSuggestible(at(1), criteria)) open.push(s.id);
      if (certain >= criteria.maxSuggestionsPerNeed) break;
    }
    return { certain, open };
  }
}
