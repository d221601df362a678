import { DEFAULT_CRITERIA, MatchWeights, STRENGTH_BANDS } from '@navet/matching';
import { CV_MIN_QUERIES, CvOutcome, CvSettings } from './cross-validation';
import type { FoldResult, RankedCase } from './fold-run';
import { buildReport, EvalReport, formatReport, Method, MethodMetrics, methodMetrics } from './report';
import { Band, BAND_TARGETS, bandShares, calibrateBands, storedPairs } from './score-bands';

export interface CvGroup {
  /** One country, or the countries with fewer than CV_MIN_QUERIES queries together. */
  countries: string[];
  queries: number;
  /** Settings each country of the group was ranked with (chosen without it). */
  settings: CvSettings[];
  metrics: Record<Method, MethodMetrics>;
}

/** The `--json` file under `--cv country`. */
export interface CvReport {
  procedure: 'leave-one-country-out';
  minQueries: number;
  gridSize: number;
  /** Every query ranked under settings chosen without its country; baselines as usual. */
  pooled: EvalReport;
  /** The system under DEFAULT_CRITERIA over the same queries (not cross-validated). */
  defaults: MethodMetrics;
  groups: CvGroup[];
  /** What the procedure chooses on every query (what DEFAULT_CRITERIA should hold). */
  chosenOnWhole: CvSettings;
  /** The strength words' bands over the pairs stored under DEFAULT_CRITERIA (score-bands.ts). */
  bands: {
    /** Thresholds the calibration picks for the target winner shares (null: no score reaches it). */
    calibrated: { strong: number | null; good: number | null };
    /** Each band's winner share under the thresholds the explanation uses now. */
    current: Band[];
  };
}

const only = (folds: readonly FoldResult[], keep: (c: RankedCase) => boolean): FoldResult[] =>
  folds.map((f) => ({ ...f, cases: f.cases.filter(keep) }));

const METHODS: readonly Method[] = ['system', 'cpv', 'text', 'blend'];

function group(cv: CvOutcome, countries: string[]): CvGroup {
  const set = new Set(countries);
  const folds = only(cv.folds, (c) => set.has(c.country));
  const chosen = cv.countries.filter((c) => set.has(c.country));
  return {
    countries,
    queries: chosen.reduce((s, c) => s + c.queries, 0),
    settings: chosen.map((c) => c.settings),
    metrics: Object.fromEntries(METHODS.map((m) => [m, methodMetrics(folds, m)])) as Record<Method, MethodMetrics>,
  };
}

export function buildCvReport(defaults: readonly FoldResult[], cv: CvOutcome, seconds: number): CvReport {
  const large = cv.countries.filter((c) => c.queries >= CV_MIN_QUERIES).map((c) => c.country);
  const small = cv.countries.filter((c) => c.queries < CV_MIN_QUERIES).map((c) => c.country);
  return {
    procedure: 'leave-one-country-out',
    minQueries: CV_MIN_QUERIES,
    gridSize: cv.gridSize,
    pooled: buildReport(cv.folds, seconds),
    defaults: methodMetrics(defaults, 'system'),
    groups: [...large.map((c) => group(cv, [c])), ...(small.length ? [group(cv, small)] : [])],
    chosenOnWhole: cv.whole,
    bands: scoreBands(defaults),
  };
}

function scoreBands(folds: readonly FoldResult[]): CvReport['bands'] {
  const pairs = storedPairs(folds, DEFAULT_CRITERIA);
  return {
    calibrated: calibrateBands(pairs),
    current: bandShares(pairs, STRENGTH_BANDS.strong, STRENGTH_BANDS.good),
  };
}

const WEIGHT_ABBREV: [keyof MatchWeights, string][] = [
  ['text', 'text'],
  ['cpv', 'cpv'],
  ['region', 'region'],
];

export function settingsText(s: CvSettings): string {
  return `${WEIGHT_ABBREV.map(([k, name]) => `${name} ${s.weights[k].toFixed(2)}`).join(' ')} minScore ${s.minScore.toFixed(2)}`;
}

export function formatCvReport(r: CvReport): string {
  const f = (v: number) => v.toFixed(3).padStart(7);
  const lines = [
    `cross-validation: ${r.procedure} over ${r.pooled.queries} queries, grid of ${r.gridSize} settings; ` +
      `every query ranked under the settings chosen (best mean nDCG@10) on the other countries' queries`,
    `${'fold'.padEnd(22)}${'n'.padStart(4)}  nDCG@10 navet / cpv / text / blend   MRR navet / best base   chosen without it`,
  ];
  for (const g of r.groups) {
    const name = g.countries.length === 1 ? g.countries[0]! : `${g.countries.length} others (<${r.minQueries} each)`;
    const m = g.metrics;
    const chosen =
      g.countries.length === 1 ? settingsText(g.settings[0]!) : `${new Set(g.settings.map(settingsText)).size} distinct`;
    lines.push(
      `${name.padEnd(22)}${String(g.queries).padStart(4)}  ${f(m.system.ndcgAt10)}${f(m.cpv.ndcgAt10)}${f(m.text.ndcgAt10)}${f(m.blend.ndcgAt10)}` +
        `        ${f(m.system.mrr)}${f(Math.max(m.cpv.mrr, m.text.mrr))}   ${chosen}`,
    );
  }
  const d = r.defaults;
  lines.push(
    `DEFAULT_CRITERIA on the same queries (not cross-validated): Hit@10 ${d.hitAt10.toFixed(3)} MRR ${d.mrr.toFixed(3)} nDCG@10 ${d.ndcgAt10.toFixed(3)} coverage ${d.coverage.toFixed(3)}`,
    `chosen by the procedure on every query (DEFAULT_CRITERIA should hold these): ${settingsText(r.chosenOnWhole)}`,
    `score bands (pairs stored under DEFAULT_CRITERIA): ` +
      r.bands.current
        .map(
          (b) =>
            `${b.name} [${b.from.toFixed(2)}, ${b.to.toFixed(2)}${b.name === 'strong' ? ']' : ')'} ${b.winners}/${b.pairs} winners (${(b.share * 100).toFixed(1)}%)`,
        )
        .join('; '),
    `  calibrated thresholds (lowest score whose band's pairs are winners >= ${BAND_TARGETS.strong * 100}% strong, >= ${BAND_TARGETS.good * 100}% good): ` +
      `strong ${r.bands.calibrated.strong ?? 'none'}, good ${r.bands.calibrated.good ?? 'none'}`,
    'pooled cross-validated figures:',
    formatReport(r.pooled, 'navet (cv)'),
  );
  return lines.join('\n');
}
