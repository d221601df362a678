import { DEFAULT_CRITERIA, MATCH_SIGNALS, scoreMatch, selectSuggestions } from '@navet/matching';
import { candidateValues, rankUnder } from './rescore';

const catalogue = { cpv: () => undefined, region: () => undefined };
const need = { language: 'en', cpvCodes: ['72212000-4'], regionCodes: [], focusAreas: [], readiness: null };

const pairs = [
  { id: 'a', text: 0.9, cpv: ['45000000-7'] },
  { id: 'b', text: 0.3, cpv: ['72212000-4'] },
  { id: 'c', text: 0.5, cpv: ['72000000-5'] },
  { id: 'd', text: 0.1, cpv: ['03000000-1'] },
  { id: 'e', text: null, cpv: ['72210000-0'] },
];

/** The production scorer over the pairs: text relevance and CPV codes vary. */
const scoreAll = (criteria: typeof DEFAULT_CRITERIA) =>
  pairs.map((s) => ({
    supplierId: s.id,
    ...scoreMatch({
      need,
      supplier: { cpvCodes: s.cpv, regionCodes: [], focusAreas: [], readiness: null },
      textScore: s.text,
      feedback: { positive: 0, negative: 0 },
      criteria,
      catalogue,
    }),
  }));
const production = (criteria: typeof DEFAULT_CRITERIA) =>
  selectSuggestions(scoreAll(criteria), criteria).map((s) => s.supplierId.toUpperCase());
// Stored once, under the defaults, as the eval does.
const candidates = scoreAll(DEFAULT_CRITERIA).map((s) => candidateValues(s, s.supplierId.toUpperCase()));

describe('re-scoring stored candidates', () => {
  it('keeps each signal value in units, in contract order', () => {
    const b = candidates.find((c) => c.identity === 'B')!;
    expect(b.values).toHaveLength(MATCH_SIGNALS.length);
    expect(b.values[0]).toBe(3000);
    expect(b.values[1]).toBe(10_000);
  });

  it('ranks as the production scorer and selection do, under the defaults and under other criteria', () => {
    expect(rankUnder(candidates, DEFAULT_CRITERIA)).toEqual(production(DEFAULT_CRITERIA));
    expect(production(DEFAULT_CRITERIA)).not.toContain('D');
    const cpvOnly = { ...DEFAULT_CRITERIA, weights: { ...DEFAULT_CRITERIA.weights, text: 0, cpv: 1 }, minScore: 0 };
    const textOnly = { ...DEFAULT_CRITERIA, weights: { ...DEFAULT_CRITERIA.weights, text: 1, cpv: 0 }, minScore: 0.3 };
    for (const criteria of [cpvOnly, textOnly]) expect(rankUnder(candidates, criteria)).toEqual(production(criteria));
    expect(rankUnder(candidates, cpvOnly).slice(0, 3)).toEqual(['B', 'E', 'C']);
  });
});
