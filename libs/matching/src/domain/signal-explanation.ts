import { MAX_EXPLANATION_REASONS, strengthLabel } from './explanation';
import { joinList } from './focus-fit';
import { TextLanguage } from './language';
import type { MatchSignal, ScoreComponent } from './score-component';

/** A signal praises the pair only from this value on (its own [0,1] value, not its contribution). */
export const SIGNAL_PRAISE_FLOOR = 0.5;

const SIGNAL_PHRASE: Record<TextLanguage, Record<MatchSignal, string>> = {
  sv: {
    TEXT: 'liknande innehåll i behov och profil',
    CPV: 'gemensamma CPV-koder',
    REGION: 'samma region',
    FOCUS_AREA: 'gemensamma fokusområden',
    READINESS: 'passande mognadsgrad',
    FEEDBACK: 'positiv återkoppling tidigare',
  },
  en: {
    TEXT: 'similar content in need and profile',
    CPV: 'shared CPV codes',
    REGION: 'same region',
    FOCUS_AREA: 'shared focus areas',
    READINESS: 'fitting solution readiness',
    FEEDBACK: 'earlier positive feedback',
  },
};

const NONE: Record<TextLanguage, string> = {
  sv: 'Möjlig matchning utan tydliga gemensamma nämnare i kod, region eller text.',
  en: 'Possible match without clear common ground in codes, region or text.',
};

/**
 * The explanation sentence rebuilt from a stored match's components in any language. The matcher
 * writes its richer sentence (with CPV and region labels) in the need's language only; a recipient
 * who reads the other language gets this one, so no notification mixes two languages.
 */
export function explainComponents(score: number, components: readonly ScoreComponent[], lang: TextLanguage): string {
  const picked = components
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.contribution > 0 && c.value >= SIGNAL_PRAISE_FLOOR)
    .sort((a, b) => b.c.contribution - a.c.contribution || a.i - b.i)
    .slice(0, MAX_EXPLANATION_REASONS)
    .map(({ c }) => SIGNAL_PHRASE[lang][c.signal]);
  if (picked.length === 0) return NONE[lang];
  return `${strengthLabel(score, lang)}: ${joinList(picked, lang)}.`;
}
