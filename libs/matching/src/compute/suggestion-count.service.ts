import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SuppliersForNeedSearch } from '../candidates/suppliers-for-need.service';
import type { MatchCriteriaValues } from '../domain/criteria';
import { isSuggestible } from '../domain/selection';
import { feedbackCounts } from '../persistence/feedback.reader';
import type { MatchNeed } from '../persistence/match-need.reader';
import { loadDiscoverableSupplierFacts, loadDiscoverableSuppliers } from '../persistence/match-supplier.reader';
import { NeedRanker } from './need-ranker.service';

type Criteria = Pick<MatchCriteriaValues, 'weights' | 'minScore' | 'maxSuggestionsPerNeed'>;

/**
 * How many suggestions the matcher would store for a need as it stands — exactly
 * `selectSuggestions(rank(need).ranked).length` — without reading every candidate's text.
 *
 * The TEXT signal only adds to a score (its value is 0 without a text match, at most 1) and only adds
 * evidence, so each candidate is first scored from its facts twice: with no text match and with a
 * full one. One that is suggestible without text is counted; one that is not suggestible even with a
 * full text match is dropped. Only the rest have their text loaded and measured, and none at all once
 * the certain ones reach the cap.
 */
@Injectable()
export class SuggestionCounter {
  constructor(
    private readonly ds: DataSource,
    private readonly candidates: SuppliersForNeedSearch,
    private readonly ranker: NeedRanker,
  ) {}

  async count(need: MatchNeed, criteria: Criteria): Promise<number> {
    const found = await this.candidates.forNeed(need);
    const suppliers = await loadDiscoverableSupplierFacts(this.ds, found.ids);
    const feedback = await feedbackCounts(
      this.ds,
      need,
      suppliers.map((s) => s.id),
    );
    const cap = criteria.maxSuggestionsPerNeed;
    let certain = 0;
    const open: string[] = [];
    for (const s of suppliers) {
      const at = (text: number | null) => this.ranker.score(need, s, text, criteria, feedback.get(s.id), false);
      if (isSuggestible(at(null), criteria)) certain++;
      else if (isSuggestible(at(1), criteria)) open.push(s.id);
      if (certain >= cap) return cap;
    }
    if (open.length === 0) return certain;
    let measured = 0;
    for (const s of await loadDiscoverableSuppliers(this.ds, open)) {
      const scored = this.ranker.score(need, s, found.relevance(s), criteria, feedback.get(s.id), false);
      if (isSuggestible(scored, criteria) && certain + ++measured >= cap) return cap;
    }
    return certain + measured;
  }
}
