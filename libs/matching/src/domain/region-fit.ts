import { nutsOverlap } from '@navet/reference';
import { LabelCatalogue, SignalFit, TextLanguage, textLanguage } from './language';

export type RegionRelation = 'OVERLAP' | 'SAME_NUTS1' | 'SAME_COUNTRY';

export interface RegionPairMatch {
  needCode: string;
  supplierCode: string;
  relation: RegionRelation;
  value: number;
}

export interface RegionFit extends SignalFit {
  best: RegionPairMatch | null;
}

/** Neighbouring NUTS2 regions (same NUTS1 area, e.g. SE11 and SE12) sit between overlap and same country. */
const VALUE: Record<RegionRelation, number> = { OVERLAP: 1, SAME_NUTS1: 0.6, SAME_COUNTRY: 0.4 };

export function regionPairMatch(needCode: string, supplierCode: string): RegionPairMatch | null {
  const a = needCode.trim().toUpperCase();
  const b = supplierCode.trim().toUpperCase();
  let relation: RegionRelation | null = null;
  if (nutsOverlap(a, b)) relation = 'OVERLAP';
  else if (a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3)) relation = 'SAME_NUTS1';
  else if (a.slice(0, 2) === b.slice(0, 2)) relation = 'SAME_COUNTRY';
  return relation ? { needCode: a, supplierCode: b, relation, value: VALUE[relation] } : null;
}

/**
 * Region fit by NUTS prefix over the best pair. A need without regions is neutral (0.5): it asks
 * for nobody in particular. A supplier without regions gets 0.
 */
export function regionFit(
  needCodes: readonly string[],
  supplierCodes: readonly string[],
  catalogue: LabelCatalogue,
  language?: string | null,
  /** false: the value only (detail '', no reason), for ranking; see ScoreInput.explain. */
  explain = true,
): RegionFit {
  const lang = textLanguage(language);
  if (needCodes.length === 0) {
    return {
      value: 0.5,
      detail: lang === 'sv' ? 'Behovet anger ingen region' : 'The need names no region',
      reason: null,
      best: null,
    };
  }
  let best: RegionPairMatch | null = null;
  for (const n of needCodes) {
    for (const s of supplierCodes) {
      const m = regionPairMatch(n, s);
      // Among overlaps prefer the most specific need region, for the most telling name.
      if (m && (!best || m.value > best.value || (m.value === best.value && m.needCode.length > best.needCode.length))) best = m;
    }
  }
  if (!explain) return { value: best?.value ?? 0, detail: '', reason: null, best };
  if (!best) {
    const detail =
      supplierCodes.length === 0
        ? lang === 'sv'
          ? 'Leverantören anger inga verksamhetsregioner'
          : 'The supplier names no regions'
        : lang === 'sv'
          ? `Leverantören är inte verksam i ${names(needCodes, catalogue)}`
          : `The supplier does not serve ${names(needCodes, catalogue)}`;
    return { value: 0, detail, reason: null, best: null };
  }
  return { value: best.value, detail: regionDetail(best, catalogue, lang), reason: regionReason(best, catalogue, lang), best };
}

/** "Stockholm (SE11)", or the bare code when the catalogue does not know it. */
export function regionLabel(code: string, catalogue: LabelCatalogue): string {
  const name = catalogue.region(code)?.name;
  return name && name !== code ? `${name} (${code})` : code;
}

function regionName(code: string, catalogue: LabelCatalogue): string {
  return catalogue.region(code)?.name ?? code;
}

function names(codes: readonly string[], catalogue: LabelCatalogue): string {
  return codes.map((c) => regionLabel(c.trim().toUpperCase(), catalogue)).join(', ');
}

function regionDetail(m: RegionPairMatch, catalogue: LabelCatalogue, lang: TextLanguage): string {
  const need = regionLabel(m.needCode, catalogue);
  const supplier = regionLabel(m.supplierCode, catalogue);
  switch (m.relation) {
    case 'OVERLAP':
      if (m.needCode === m.supplierCode)
        return lang === 'sv' ? `Verksam i behovets region ${need}` : `Serves the need's region ${need}`;
      if (m.needCode.startsWith(m.supplierCode)) {
        return lang === 'sv' ? `Verksam i ${supplier}, som omfattar ${need}` : `Serves ${supplier}, which includes ${need}`;
      }
      return lang === 'sv' ? `Verksam i ${supplier}, en del av ${need}` : `Serves ${supplier}, part of ${need}`;
    case 'SAME_NUTS1':
      return lang === 'sv'
        ? `Verksam i ${supplier}, grannregion till ${need}`
        : `Serves ${supplier}, a neighbouring region of ${need}`;
    case 'SAME_COUNTRY':
      return lang === 'sv'
        ? `Verksam i ${supplier}, samma land som ${need}`
        : `Serves ${supplier}, in the same country as ${need}`;
  }
}

function regionReason(m: RegionPairMatch, catalogue: LabelCatalogue, lang: TextLanguage): string {
  // Name the narrower of the two regions: that is where need and supplier actually meet.
  const where = regionName(m.needCode.length >= m.supplierCode.length ? m.needCode : m.supplierCode, catalogue);
  switch (m.relation) {
    case 'OVERLAP':
      return lang === 'sv' ? `verksam i ${where}` : `active in ${where}`;
    case 'SAME_NUTS1':
      return lang === 'sv'
        ? `verksam i närliggande ${regionName(m.supplierCode, catalogue)}`
        : `active nearby in ${regionName(m.supplierCode, catalogue)}`;
    case 'SAME_COUNTRY':
      return lang === 'sv' ? `verksam i samma land` : `active in the same country`;
  }
}
