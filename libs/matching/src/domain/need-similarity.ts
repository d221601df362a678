import { cpvDigits } from '@navet/reference';
import type { FocusArea } from '@navet/reference';
import { cpvPrefixLabel, cpvProximity } from './cpv-proximity';
import { DEFAULT_CRITERIA, MatchWeights, normalizedWeightUnits, SCORE_UNITS } from './criteria';
import { focusAreaLabel, focusFit, joinList } from './focus-fit';
import { clamp01, LabelCatalogue, SignalFit, TextLanguage, textLanguage } from './language';
import { regionLabel, regionPairMatch } from './region-fit';
import type { MatchSignal, ScoreComponent } from './score-component';
import { textOverlap } from './text-fit';

/** What the need-vs-need scorer reads from each need. */
export interface SimilarNeedFacts {
  language: string;
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: readonly string[];
  cpvCodes: readonly string[];
  regionCodes: readonly string[];
  focusAreas: readonly FocusArea[];
}

export interface NeedSimilarity {
  /** In [0,1], exactly the sum of the components' contributions (4 decimals). */
  score: number;
  /** TEXT, CPV, REGION (weight 0: shown, never required), FOCUS_AREA, in contract order. */
  components: ScoreComponent[];
}

/** Signals of a need pair; the rest of MATCH_SIGNALS (readiness, feedback) are about suppliers. */
export const NEED_SIMILARITY_SIGNALS = ['TEXT', 'CPV', 'REGION', 'FOCUS_AREA'] as const satisfies readonly MatchSignal[];

/** Default threshold above which the worker tells both buyers of a similar need. */
export const DEFAULT_SIMILAR_NEED_MIN_SCORE = 0.4;

const needText = (n: SimilarNeedFacts): string => [n.title, n.summary, ...n.desiredOutcomes, n.description].join('\n');

/**
 * Symmetric text similarity: the mean of each need's share of content words found in the other.
 * Needs in different languages share few words; the CPV signal carries them.
 */
export function needTextSimilarity(a: SimilarNeedFacts, b: SimilarNeedFacts): number {
  const ta = needText(a);
  const tb = needText(b);
  return (textOverlap(ta, tb) + textOverlap(tb, ta)) / 2;
}

/**
 * Scores another buyer's need against this one with the supplier matcher's weights for text, CPV
 * and focus areas (the weights are renormalised over those three). Region gets weight 0: buyers far
 * apart share needs, but a buyer wants to see where the other one is.
 */
export function scoreNeedPair(
  need: SimilarNeedFacts,
  other: SimilarNeedFacts,
  weights: Pick<MatchWeights, 'text' | 'cpv' | 'focusArea'>,
  catalogue: LabelCatalogue,
): NeedSimilarity {
  const lang = textLanguage(need.language);
  const fits: Record<(typeof NEED_SIMILARITY_SIGNALS)[number], SignalFit> = {
    TEXT: textSimilarityFit(needTextSimilarity(need, other), lang),
    CPV: cpvFit(need.cpvCodes, other.cpvCodes, catalogue, lang),
    REGION: regionFitOfNeeds(need.regionCodes, other.regionCodes, catalogue, lang),
    FOCUS_AREA: focusFitOfNeeds(need.focusAreas, other.focusAreas, lang),
  };
  const units = pairWeightUnits(weights);
  let scoreUnits = 0;
  const components = NEED_SIMILARITY_SIGNALS.map((signal): ScoreComponent => {
    const wu = units[signal];
    const vu = Math.round(clamp01(fits[signal].value) * SCORE_UNITS);
    const cu = Math.round((wu * vu) / SCORE_UNITS);
    scoreUnits += cu;
    return {
      signal,
      weight: wu / SCORE_UNITS,
      value: vu / SCORE_UNITS,
      contribution: cu / SCORE_UNITS,
      detail: fits[signal].detail,
    };
  });
  return { score: scoreUnits / SCORE_UNITS, components };
}

/** Weight units of the four signals (region 0), summing to SCORE_UNITS; all-zero weights fall back to the defaults. */
function pairWeightUnits(
  w: Pick<MatchWeights, 'text' | 'cpv' | 'focusArea'>,
): Record<(typeof NEED_SIMILARITY_SIGNALS)[number], number> {
  const positive = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  const picked = { text: positive(w.text), cpv: positive(w.cpv), focusArea: positive(w.focusArea) };
  const source = picked.text + picked.cpv + picked.focusArea > 0 ? picked : DEFAULT_CRITERIA.weights;
  const u = normalizedWeightUnits({ ...source, region: 0, readiness: 0, feedback: 0 });
  return { TEXT: u.text, CPV: u.cpv, REGION: 0, FOCUS_AREA: u.focusArea };
}

function textSimilarityFit(value: number, lang: TextLanguage): SignalFit {
  const pct = Math.round(clamp01(value) * 100);
  return {
    value,
    detail:
      lang === 'sv'
        ? `Textlikhet ${pct} % mellan behovens beskrivningar`
        : `Text similarity ${pct}% between the needs' descriptions`,
    reason: null,
  };
}

function cpvFit(a: readonly string[], b: readonly string[], catalogue: LabelCatalogue, lang: TextLanguage): SignalFit {
  const p = cpvProximity(a, b, catalogue, lang);
  if (!p.best) {
    return { value: 0, detail: lang === 'sv' ? 'Inga gemensamma CPV-områden' : 'No shared CPV area', reason: null };
  }
  const code = cpvDigits(p.best.needCode);
  if (p.best.exact) {
    const label = cpvPrefixLabel(code, catalogue, lang);
    const named = label ? `${code} (${label})` : code;
    return {
      value: p.value,
      detail: lang === 'sv' ? `Båda behoven har CPV ${named}` : `Both needs have CPV ${named}`,
      reason: p.reason,
    };
  }
  const label = cpvPrefixLabel(p.best.sharedPrefix, catalogue, lang);
  const shared = label ? `${p.best.sharedPrefix} (${label})` : p.best.sharedPrefix;
  const other = cpvDigits(p.best.supplierCode);
  return {
    value: p.value,
    detail: lang === 'sv' ? `CPV ${code} och ${other} delar ${shared}` : `CPV ${code} and ${other} share ${shared}`,
    reason: p.reason,
  };
}

/** Shown only (weight 0): where the two needs are, and whether they meet. */
function regionFitOfNeeds(a: readonly string[], b: readonly string[], catalogue: LabelCatalogue, lang: TextLanguage): SignalFit {
  const names = (codes: readonly string[]) => codes.map((c) => regionLabel(c.trim().toUpperCase(), catalogue)).join(', ');
  if (a.length === 0 || b.length === 0) {
    return {
      value: 0.5,
      detail: lang === 'sv' ? 'Minst ett av behoven anger ingen region' : 'At least one of the needs names no region',
      reason: null,
    };
  }
  let best: ReturnType<typeof regionPairMatch> = null;
  for (const x of a)
    for (const y of b) {
      const m = regionPairMatch(x, y);
      if (m && (!best || m.value > best.value)) best = m;
    }
  const where = `${names(a)} / ${names(b)}`;
  if (!best) {
    return {
      value: 0,
      detail:
        lang === 'sv' ? `Olika regioner (${where}); region krävs inte` : `Different regions (${where}); region is not required`,
      reason: null,
    };
  }
  const relation =
    best.relation === 'OVERLAP'
      ? lang === 'sv'
        ? 'Samma region'
        : 'The same region'
      : best.relation === 'SAME_NUTS1'
        ? lang === 'sv'
          ? 'Grannregioner'
          : 'Neighbouring regions'
        : lang === 'sv'
          ? 'Samma land'
          : 'The same country';
  return { value: best.value, detail: `${relation} (${where})`, reason: null };
}

function focusFitOfNeeds(a: readonly FocusArea[], b: readonly FocusArea[], lang: TextLanguage): SignalFit {
  const fit = focusFit(a, b, lang);
  const shared = [...new Set(a)].filter((x) => b.includes(x));
  const detail =
    shared.length === 0
      ? lang === 'sv'
        ? 'Inga gemensamma fokusområden'
        : 'No shared focus areas'
      : `${lang === 'sv' ? 'Gemensamma fokusområden' : 'Shared focus areas'}: ${joinList(
          shared.map((s) => focusAreaLabel(s, lang)),
          lang,
        )}`;
  return { value: fit.value, detail, reason: fit.reason };
}
