import { DEFAULT_CRITERIA, MatchCriteriaValues, ndcgAtK, reciprocalRank } from '@navet/matching';
import type { FoldResult, RankedCase } from './fold-run';
import { rankUnder } from './rescore';

/**
 * Leave-one-country-out cross-validation of the matcher's tunable settings (`--cv country`).
 *
 * Every query is ranked under settings chosen WITHOUT the queries of its buyer country: for each
 * country, the grid point with the best mean nDCG@10 over all other countries' queries (ties: the
 * better MRR, then grid order) ranks that country's queries. Countries with at least
 * CV_MIN_QUERIES queries are reported one by one, the rest together; the pooled figures cover every
 * query. The grid re-scores each query's stored candidates (rescore.ts) with the production scorer
 * and selection, so a grid point costs no search.
 */
export const CV_MIN_QUERIES = 10;

/** What the grid varies: the weights of the signals the eval can observe, and minScore. */
export type CvSettings = Pick<MatchCriteriaValues, 'weights' | 'minScore' | 'maxSuggestionsPerNeed'>;

const STEP = 0.05;
const MIN_SCORES = [0.15, 0.2, 0.25, 0.3];
const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * TEXT, CPV and REGION weights in steps of 0.05 sharing what the other three leave (0.80 with the
 * defaults), each minScore of 0.15 / 0.20 / 0.25 / 0.30. Focus area, readiness and feedback keep their
 * default weights: notices state no focus areas or readiness and the eval has no feedback, so those
 * signals are neutral for every candidate and the eval cannot say anything about their weights.
 */
export function criteriaGrid(base: CvSettings = DEFAULT_CRITERIA): CvSettings[] {
  const { focusArea, readiness, feedback } = base.weights;
  const topical = round(1 - focusArea - readiness - feedback);
  const steps = Math.round(topical / STEP);
  const out: CvSettings[] = [];
  for (const minScore of MIN_SCORES) {
    for (let t = 1; t <= steps; t++) {
      for (let c = 0; c + t <= steps; c++) {
        const text = round(t * STEP);
        const cpv = round(c * STEP);
        const region = round(topical - text - cpv);
        out.push({
          weights: { text, cpv, region, focusArea, readiness, feedback },
          minScore,
          maxSuggestionsPerNeed: base.maxSuggestionsPerNeed,
        });
      }
    }
  }
  return out;
}

interface Query {
  fold: number;
  country: string;
  case: RankedCase;
}

export interface GridScores {
  ndcg: Float64Array;
  rr: Float64Array;
  /** Each query's top 10, fold-qualified (coverage counts distinct (fold, supplier) pairs). */
  top10: string[][];
}

/** nDCG@10, reciprocal rank and top 10 of every query under every grid point (the cost of the whole CV). */
export function gridScores(queries: readonly Query[], grid: readonly CvSettings[]): GridScores[] {
  return grid.map((settings) => {
    const ndcg = new Float64Array(queries.length);
    const rr = new Float64Array(queries.length);
    const top10 = queries.map((q, i) => {
      const ranked = rankUnder(q.case.candidates, settings);
      ndcg[i] = ndcgAtK(ranked, q.case.relevant, 10);
      rr[i] = reciprocalRank(ranked, q.case.relevant, 100);
      return ranked.slice(0, 10).map((id) => `${q.fold}|${id}`);
    });
    return { ndcg, rr, top10 };
  });
}

/**
 * The grid point with the best mean nDCG@10 over the queries `use` admits; ties: the better MRR,
 * then the better coverage (distinct suppliers in those queries' top 10s: a lower minScore that
 * fills short lists without reordering them), then grid order.
 */
export function bestPoint(scores: readonly GridScores[], use: (i: number) => boolean): number {
  const EPS = 1e-9;
  let best = -1;
  let key: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  scores.forEach(({ ndcg, rr, top10 }, g) => {
    let n = 0;
    let r = 0;
    const seen = new Set<string>();
    for (let i = 0; i < ndcg.length; i++) {
      if (!use(i)) continue;
      n += ndcg[i]!;
      r += rr[i]!;
      for (const id of top10[i]!) seen.add(id);
    }
    const next: [number, number, number] = [n, r, seen.size];
    // Compared with a tolerance: float noise in the sums must not decide between equal rankings.
    const better =
      next[0] > key[0] + EPS ||
      (Math.abs(next[0] - key[0]) <= EPS && (next[1] > key[1] + EPS || (Math.abs(next[1] - key[1]) <= EPS && next[2] > key[2])));
    if (better) {
      best = g;
      key = next;
    }
  });
  return best;
}

export interface CvFold {
  country: string;
  queries: number;
  settings: CvSettings;
}

export interface CvOutcome {
  /** The folds with each query's system ranking replaced by its cross-validated one. */
  folds: FoldResult[];
  /** One entry per buyer country, most queries first. */
  countries: CvFold[];
  /** What the same procedure chooses on every query: the DEFAULT_CRITERIA it recommends. */
  whole: CvSettings;
  gridSize: number;
}

export function crossValidate(folds: readonly FoldResult[], grid: readonly CvSettings[] = criteriaGrid()): CvOutcome {
  const queries: Query[] = folds.flatMap((f) => f.cases.map((c) => ({ fold: f.fold, country: c.country, case: c })));
  const scores = gridScores(queries, grid);
  const byCountry = new Map<string, number>();
  for (const q of queries) byCountry.set(q.country, (byCountry.get(q.country) ?? 0) + 1);
  const chosen = new Map<string, CvSettings>();
  for (const country of byCountry.keys()) chosen.set(country, grid[bestPoint(scores, (i) => queries[i]!.country !== country)]!);
  const cvFolds = folds.map((f) => ({
    ...f,
    cases: f.cases.map((c) => ({ ...c, system: rankUnder(c.candidates, chosen.get(c.country)!) })),
  }));
  const countries = [...byCountry.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([country, n]) => ({ country, queries: n, settings: chosen.get(country)! }));
  return { folds: cvFolds, countries, whole: grid[bestPoint(scores, () => true)]!, gridSize: grid.length };
}
