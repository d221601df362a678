import { SOLUTION_READINESS, SolutionReadiness } from '@navet/reference';
import { SignalFit, TextLanguage, textLanguage } from './language';

const LABELS: Record<SolutionReadiness, Record<TextLanguage, string>> = {
  MARKET_READY: { sv: 'färdig lösning', en: 'market-ready solution' },
  NEEDS_ADAPTATION: { sv: 'lösning som behöver anpassas', en: 'solution needing adaptation' },
  NEEDS_DEVELOPMENT: { sv: 'lösning som behöver utvecklas', en: 'solution needing development' },
};

export function readinessLabel(r: SolutionReadiness, lang: TextLanguage): string {
  return LABELS[r][lang];
}

/**
 * Readiness on the scale MARKET_READY, NEEDS_ADAPTATION, NEEDS_DEVELOPMENT: equal 1, adjacent 0.5,
 * opposite ends 0. Either side unknown is neutral (0.5).
 */
export function readinessFit(
  need: SolutionReadiness | null | undefined,
  supplier: SolutionReadiness | null | undefined,
  language?: string | null,
): SignalFit {
  const lang = textLanguage(language);
  if (!need || !supplier) {
    return { value: 0.5, detail: lang === 'sv' ? 'Mognadsgrad okänd (neutralt)' : 'Readiness unknown (neutral)', reason: null };
  }
  const distance = Math.abs(SOLUTION_READINESS.indexOf(need) - SOLUTION_READINESS.indexOf(supplier));
  const value = distance === 0 ? 1 : distance === 1 ? 0.5 : 0;
  if (distance === 0) {
    const label = readinessLabel(need, lang);
    return {
      value,
      detail: lang === 'sv' ? `Samma mognadsgrad: ${label}` : `Same readiness: ${label}`,
      reason: lang === 'sv' ? `rätt mognadsgrad (${label})` : `the right readiness (${label})`,
    };
  }
  const detail =
    lang === 'sv'
      ? `Behovet söker ${readinessLabel(need, lang)}, leverantören erbjuder ${readinessLabel(supplier, lang)}`
      : `The need asks for a ${readinessLabel(need, lang)}, the supplier offers a ${readinessLabel(supplier, lang)}`;
  return { value, detail, reason: null };
}
