import type { MatchSignal } from './score-component';
import { joinList } from './focus-fit';
import { TextLanguage, textLanguage } from './language';

export interface ExplanationReason {
  signal: MatchSignal;
  contribution: number;
  /** Short phrase such as "samma CPV-klass 7221 (…)"; null when the signal gives no reason to praise. */
  reason: string | null;
}

export const MAX_EXPLANATION_REASONS = 3;

const STRENGTH: Record<TextLanguage, { strong: string; good: string; possible: string; none: string }> = {
  sv: {
    strong: 'Stark matchning',
    good: 'God matchning',
    possible: 'Möjlig matchning',
    none: 'Möjlig matchning utan tydliga gemensamma nämnare i kod, region eller text.',
  },
  en: {
    strong: 'Strong match',
    good: 'Good match',
    possible: 'Possible match',
    none: 'Possible match without clear common ground in codes, region or text.',
  },
};

/** Lower score of the "strong" and "good" bands (calibration: docs/benchmarks.md, scripts/eval/score-bands.ts). */
export const STRENGTH_BANDS = Object.freeze({ strong: 0.75, good: 0.5 });

/** The strength word of a score band, shared by every explanation sentence. */
export function strengthLabel(score: number, lang: TextLanguage): string {
  const s = STRENGTH[lang];
  return score >= STRENGTH_BANDS.strong ? s.strong : score >= STRENGTH_BANDS.good ? s.good : s.possible;
}

/**
 * One sentence in the need's language naming the (at most three) strongest reasons, strongest
 * first. Signals that contributed nothing or have nothing positive to say are left out.
 */
export function buildExplanation(score: number, reasons: readonly ExplanationReason[], language?: string | null): string {
  const lang = textLanguage(language);
  const picked = reasons
    .map((r, i) => ({ ...r, i }))
    .filter((r): r is typeof r & { reason: string } => r.contribution > 0 && !!r.reason)
    .sort((a, b) => b.contribution - a.contribution || a.i - b.i)
    .slice(0, MAX_EXPLANATION_REASONS)
    .map((r) => r.reason);
  if (picked.length === 0) return STRENGTH[lang].none;
  return `${strengthLabel(score, lang)}: ${joinList(picked, lang)}.`;
}
