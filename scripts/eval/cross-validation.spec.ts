import { DEFAULT_CRITERIA, MatchWeights } from '@navet/matching';
import { bestPoint, criteriaGrid, crossValidate, CvSettings } from './cross-validation';
import type { FoldResult, RankedCase } from './fold-run';
import type { CandidateValues } from './rescore';

const U = 10_000;
/** A candidate with TEXT, CPV and REGION values (the neutral three at 0.5). */
const cand = (identity: string, text: number, cpv: number, region: number): CandidateValues => ({
  supplierId: identity.toLowerCase(),
  identity,
  values: [text * U, cpv * U, region * U, U / 2, U / 2, U / 2],
});
const kase = (country: string, relevant: string, candidates: CandidateValues[]): RankedCase => ({
  noticeId: `${country}-${relevant}`,
  relevant: [relevant],
  system: [],
  cpv: [],
  text: [],
  evidence: { suggestions: 0, withEvidence: 0, proxy: 0 },
  country,
  candidates,
});
const settings = (weights: Partial<MatchWeights>): CvSettings => ({
  ...DEFAULT_CRITERIA,
  weights: { ...DEFAULT_CRITERIA.weights, text: 0, cpv: 0, region: 0, ...weights },
  minScore: 0,
});

describe('criteriaGrid', () => {
  it('shares what the neutral signals leave between text, CPV and region, at four minimum scores', () => {
    const grid = criteriaGrid();
    const topical = (s: CvSettings) => s.weights.text + s.weights.cpv + s.weights.region;
    expect(grid.every((s) => Math.abs(topical(s) - 0.8) < 1e-9 && s.weights.text > 0 && s.weights.region >= 0)).toBe(true);
    expect(new Set(grid.map((s) => s.minScore))).toEqual(new Set([0.15, 0.2, 0.25, 0.3]));
    expect(grid.every((s) => s.weights.feedback === DEFAULT_CRITERIA.weights.feedback)).toBe(true);
    expect(grid).toHaveLength(4 * 136);
  });
});

describe('leave-one-country-out', () => {
  // In DE and FR the winner has the better text; in SE the better CPV value.
  const textWins = (country: string) => kase(country, 'W', [cand('W', 0.9, 0.2, 0), cand('L', 0.3, 0.8, 0)]);
  const cpvWins = (country: string) => kase(country, 'W', [cand('W', 0.3, 0.8, 0), cand('L', 0.9, 0.2, 0)]);
  const folds: FoldResult[] = [
    { fold: 0, poolSize: 2, skipped: [], cases: [textWins('DE'), textWins('DE'), cpvWins('SE')] },
    { fold: 1, poolSize: 2, skipped: [], cases: [textWins('FR'), cpvWins('SE'), cpvWins('SE'), cpvWins('SE')] },
  ];
  const grid = [settings({ text: 1 }), settings({ cpv: 1 })];

  it('ranks each country under settings chosen without its queries', () => {
    const cv = crossValidate(folds, grid);
    const chosen = new Map(cv.countries.map((c) => [c.country, c.settings]));
    // Without SE, text wins everywhere; without DE (or FR), SE's four queries outvote the rest.
    expect(chosen.get('SE')).toBe(grid[0]);
    expect(chosen.get('DE')).toBe(grid[1]);
    expect(chosen.get('FR')).toBe(grid[1]);
    expect(cv.countries.map((c) => [c.country, c.queries])).toEqual([
      ['SE', 4],
      ['DE', 2],
      ['FR', 1],
    ]);
    // So every query of this file is ranked wrongly: what tuning on the same queries would hide.
    expect(cv.folds.flatMap((f) => f.cases.map((c) => c.system[0]))).toEqual(Array(7).fill('L'));
    expect(cv.whole).toBe(grid[1]);
  });
});

describe('bestPoint', () => {
  const scores = (ndcg: number[], rr: number[], top10: string[][]) => ({
    ndcg: Float64Array.from(ndcg),
    rr: Float64Array.from(rr),
    top10,
  });

  it('prefers nDCG@10, then MRR, then coverage, then grid order, over the admitted queries only', () => {
    const a = scores([1, 0], [1, 0], [['x'], ['y']]);
    const b = scores([0.5, 1], [0.5, 1], [['x'], ['y']]);
    expect(bestPoint([a, b], () => true)).toBe(1);
    expect(bestPoint([a, b], (i) => i === 0)).toBe(0);
    const sameButBroader = scores([1, 0], [1, 0], [['x', 'z'], ['y']]);
    expect(bestPoint([a, sameButBroader], () => true)).toBe(1);
    expect(bestPoint([a, a], () => true)).toBe(0);
    const betterMrr = scores([1, 0], [1, 0.5], [['x'], ['y']]);
    expect(bestPoint([sameButBroader, betterMrr], () => true)).toBe(1);
  });
});
