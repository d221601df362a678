import type { FocusArea } from '@navet/reference';
import { SignalFit, TextLanguage, textLanguage } from './language';

export const FOCUS_AREA_LABELS: Record<FocusArea, Record<TextLanguage, string>> = {
  HEALTH_AND_CARE: { sv: 'vård och omsorg', en: 'health and care' },
  EDUCATION: { sv: 'utbildning', en: 'education' },
  TRANSPORT: { sv: 'transport', en: 'transport' },
  URBAN_DEVELOPMENT: { sv: 'samhällsbyggnad', en: 'urban development' },
  ENERGY: { sv: 'energi', en: 'energy' },
  CLIMATE_AND_ENVIRONMENT: { sv: 'klimat och miljö', en: 'climate and environment' },
  WATER_AND_WASTE: { sv: 'vatten och avfall', en: 'water and waste' },
  DIGITALISATION: { sv: 'digitalisering', en: 'digitalisation' },
  SAFETY_AND_SECURITY: { sv: 'trygghet och säkerhet', en: 'safety and security' },
  FOOD: { sv: 'livsmedel', en: 'food' },
  CULTURE_AND_LEISURE: { sv: 'kultur och fritid', en: 'culture and leisure' },
  OTHER: { sv: 'övrigt', en: 'other' },
};

export function focusAreaLabel(area: FocusArea, lang: TextLanguage): string {
  return FOCUS_AREA_LABELS[area]?.[lang] ?? area;
}

/** Joins "a", "a och b", "a, b och c" (or "and"). */
export function joinList(items: readonly string[], lang: TextLanguage): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'sv' ? ' och ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/** Share of the need's focus areas that the supplier covers; a need without focus areas is neutral (0.5). */
export function focusFit(
  need: readonly FocusArea[],
  supplier: readonly FocusArea[],
  language?: string | null,
  /** false: the value only (detail '', no reason), for ranking; see ScoreInput.explain. */
  explain = true,
): SignalFit {
  const lang = textLanguage(language);
  const wanted = [...new Set(need)];
  if (wanted.length === 0) {
    return {
      value: 0.5,
      detail: lang === 'sv' ? 'Behovet anger inga fokusområden (neutralt)' : 'The need names no focus areas (neutral)',
      reason: null,
    };
  }
  const offered = new Set(supplier);
  const covered = wanted.filter((a) => offered.has(a));
  const value = covered.length / wanted.length;
  if (!explain) return { value, detail: '', reason: null };
  if (covered.length === 0) {
    return {
      value: 0,
      detail:
        lang === 'sv'
          ? `Ingen av behovets ${wanted.length} fokusområden täcks`
          : `None of the need's ${wanted.length} focus areas is covered`,
      reason: null,
    };
  }
  const labels = joinList(
    covered.map((a) => focusAreaLabel(a, lang)),
    lang,
  );
  const detail =
    lang === 'sv'
      ? `Täcker ${covered.length} av ${wanted.length} fokusområden: ${labels}`
      : `Covers ${covered.length} of ${wanted.length} focus areas: ${labels}`;
  const reason = lang === 'sv' ? `inriktning på ${labels}` : `a focus on ${labels}`;
  return { value, detail, reason };
}
