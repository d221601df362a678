export const METRICS = ['ndcgAt10', 'mrr', 'hitAt10', 'coverage', 'evaluatedNeeds'] as const;
export type Metric = (typeof METRICS)[number];

export interface ComparisonRow {
  metric: Metric;
  candidate: number;
  active: number;
  difference: number;
  /** Whether the candidate does better, worse or the same; evaluatedNeeds is a count, not a quality. */
  trend: 'better' | 'worse' | 'same' | 'neutral';
}

/** A run's figures (the API's CriteriaEvaluation). */
export type Figures = Record<Metric, number>;

/** One row per metric: candidate, active, and candidate minus active. */
export function comparisonRows(candidate: Figures, active: Figures): ComparisonRow[] {
  return METRICS.map((metric) => {
    const difference = candidate[metric] - active[metric];
    const trend =
      metric === 'evaluatedNeeds' ? 'neutral' : Math.abs(difference) < 1e-9 ? 'same' : difference > 0 ? 'better' : 'worse';
    return { metric, candidate: candidate[metric], active: active[metric], difference, trend };
  });
}

/** Rates with three decimals, counts as integers; a difference carries its sign (none when it rounds to zero). */
export function formatFigure(metric: Metric, value: number, signed = false, locale = 'sv'): string {
  const digits = metric === 'evaluatedNeeds' ? 0 : 3;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}
