import { SignalFit, textLanguage } from './language';

/** The supplier's recorded outcomes on similar earlier needs: judged relevant vs irrelevant. */
export interface FeedbackCounts {
  positive: number;
  negative: number;
}

export const NO_FEEDBACK: Readonly<FeedbackCounts> = Object.freeze({ positive: 0, negative: 0 });

/** Laplace-smoothed share of relevant outcomes: no history gives 0.5, and one outcome never swings to 0 or 1. */
export function feedbackFit(counts: FeedbackCounts, language?: string | null): SignalFit {
  const lang = textLanguage(language);
  const positive = count(counts.positive);
  const negative = count(counts.negative);
  const total = positive + negative;
  const value = (positive + 1) / (total + 2);
  if (total === 0) {
    return { value, detail: lang === 'sv' ? 'Ingen tidigare återkoppling' : 'No earlier feedback', reason: null };
  }
  const detail =
    lang === 'sv'
      ? `${positive} av ${total} tidigare matchningar inom området bedömdes relevanta`
      : `${positive} of ${total} earlier matches in the area were judged relevant`;
  const reason = value > 0.5 ? (lang === 'sv' ? 'tidigare positiv återkoppling' : 'positive earlier feedback') : null;
  return { value, detail, reason };
}

function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}
