import type { FocusArea, SolutionReadiness } from '@navet/reference';
import { cpvProximity } from './cpv-proximity';
import { MatchCriteriaValues, MatchWeights, normalizedWeightUnits, SCORE_UNITS } from './criteria';
import { buildExplanation } from './explanation';
import { FeedbackCounts, feedbackFit } from './feedback-fit';
import { focusFit } from './focus-fit';
import { clamp01, LabelCatalogue, SignalFit } from './language';
import { readinessFit } from './readiness-fit';
import { regionFit } from './region-fit';
import { MATCH_SIGNALS, MatchSignal, ScoreComponent } from './score-component';
import { textFit } from './text-fit';

export interface NeedFacts {
  language: string;
  cpvCodes: readonly string[];
  regionCodes: readonly string[];
  focusAreas: readonly FocusArea[];
  /** Null for needs without a stated readiness (e.g. replayed notices); scored as neutral. */
  readiness: SolutionReadiness | null;
}

export interface SupplierFacts {
  cpvCodes: readonly string[];
  regionCodes: readonly string[];
  focusAreas: readonly FocusArea[];
  readiness: SolutionReadiness | null;
  name?: string;
}

export interface ScoreInput {
  need: NeedFacts;
  supplier: SupplierFacts;
  /** Search-engine ranking score in [0,1]; null when the supplier was found by CPV only. */
  textScore: number | null;
  feedback: FeedbackCounts;
  criteria: Pick<MatchCriteriaValues, 'weights'>;
  catalogue: LabelCatalogue;
  /**
   * false: score and component values only (details '', no explanation). Ranking scores ~450
   * candidates per need and keeps 25; the words are written for the kept pairs (same values).
   */
  explain?: boolean;
}

export interface MatchScore {
  /** In [0,1], exactly the sum of the components' contributions (4 decimals). */
  score: number;
  components: ScoreComponent[];
  explanation: string;
}

const WEIGHT_OF: Record<MatchSignal, keyof MatchWeights> = {
  TEXT: 'text',
  CPV: 'cpv',
  REGION: 'region',
  FOCUS_AREA: 'focusArea',
  READINESS: 'readiness',
  FEEDBACK: 'feedback',
};

/** Each signal's fit for one pair, in contract order; independent of the weights. */
export function signalFits(input: Omit<ScoreInput, 'criteria'>): [MatchSignal, SignalFit][] {
  const { need, supplier, catalogue } = input;
  const lang = need.language;
  const explain = input.explain ?? true;
  return [
    ['TEXT', textFit(input.textScore, lang)],
    ['CPV', cpvProximity(need.cpvCodes, supplier.cpvCodes, catalogue, lang, explain)],
    ['REGION', regionFit(need.regionCodes, supplier.regionCodes, catalogue, lang, explain)],
    ['FOCUS_AREA', focusFit(need.focusAreas, supplier.focusAreas, lang, explain)],
    ['READINESS', readinessFit(need.readiness, supplier.readiness, lang)],
    ['FEEDBACK', feedbackFit(input.feedback, lang)],
  ];
}

/** A signal value in integer units of 1/10,000, as the score is summed. */
export const valueUnits = (value: number): number => Math.round(clamp01(value) * SCORE_UNITS);

/** A contribution in units: weight units times value units, rounded to a unit. */
export const contributionUnits = (weightUnits: number, valueUnits: number): number =>
  Math.round((weightUnits * valueUnits) / SCORE_UNITS);

/**
 * The score in units from signal values in units (contract order) and normalised weight units:
 * what scoreMatch adds up. The eval's grid search re-scores stored values with this very function.
 */
export function weightedScoreUnits(values: readonly number[], weights: MatchWeights): number {
  let units = 0;
  MATCH_SIGNALS.forEach((signal, i) => (units += contributionUnits(weights[WEIGHT_OF[signal]], values[i] ?? 0)));
  return units;
}

/** Scores one (need, supplier) pair: one explained component per signal, in contract order. */
export function scoreMatch(input: ScoreInput): MatchScore {
  const lang = input.need.language;
  const fits = signalFits(input);
  const weightUnits = weightUnitsOf(input.criteria.weights);
  // Integer arithmetic in 1/10,000 units keeps "score = sum of contributions" exact.
  let scoreUnits = 0;
  const components: ScoreComponent[] = [];
  const reasons = fits.map(([signal, fit]) => {
    const wu = weightUnits[WEIGHT_OF[signal]];
    const vu = valueUnits(fit.value);
    const cu = contributionUnits(wu, vu);
    scoreUnits += cu;
    components.push({
      signal,
      weight: wu / SCORE_UNITS,
      value: vu / SCORE_UNITS,
      contribution: cu / SCORE_UNITS,
      detail: fit.detail,
    });
    return { signal, contribution: cu, reason: fit.reason };
  });
  const score = scoreUnits / SCORE_UNITS;
  return { score, components, explanation: input.explain === false ? '' : buildExplanation(score, reasons, lang) };
}

/** One need's candidates are all scored with the same weights object: normalized once, not per pair. */
const unitsByWeights = new WeakMap<MatchWeights, ReturnType<typeof normalizedWeightUnits>>();
function weightUnitsOf(weights: MatchWeights): ReturnType<typeof normalizedWeightUnits> {
  let units = unitsByWeights.get(weights);
  if (!units) unitsByWeights.set(weights, (units = normalizedWeightUnits(weights)));
  return units;
}
