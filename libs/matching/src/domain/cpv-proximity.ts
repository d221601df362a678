import { cpvDigits, cpvSignificant } from '@navet/reference';
import { LabelCatalogue, SignalFit, TextLanguage, textLanguage } from './language';

/** Value of the deepest shared level of the CPV tree (length of the shared significant prefix). */
const VALUE_BY_SHARED_DIGITS: Record<number, number> = { 2: 0.2, 3: 0.4, 4: 0.6, 5: 0.8 };
const LEVEL_NAMES: Record<TextLanguage, Record<number, string>> = {
  sv: { 2: 'avdelning', 3: 'grupp', 4: 'klass', 5: 'kategori' },
  en: { 2: 'division', 3: 'group', 4: 'class', 5: 'category' },
};

export interface CpvPairMatch {
  needCode: string;
  supplierCode: string;
  /** Shared significant digits, e.g. "7221"; the whole code's significant digits when equal. */
  sharedPrefix: string;
  exact: boolean;
  value: number;
}

export interface CpvProximity extends SignalFit {
  best: CpvPairMatch | null;
}

/** Proximity of one pair: 1 for the same code, else by the deepest shared level (0.8 .. 0.2), else 0. */
export function cpvPairMatch(needCode: string, supplierCode: string): CpvPairMatch {
  const a = cpvSignificant(needCode);
  const b = cpvSignificant(supplierCode);
  const exact = cpvDigits(needCode) === cpvDigits(supplierCode);
  // Compare only significant digits, so a broad supplier code (72000000) shares "72" with 72212000.
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a[n] === b[n]) n++;
  const shared = exact ? a : a.slice(0, n);
  const value = exact ? 1 : n >= 5 ? 0.8 : (VALUE_BY_SHARED_DIGITS[n] ?? 0);
  return { needCode, supplierCode, sharedPrefix: value > 0 ? shared : '', exact, value };
}

/** Best pair over both code lists; ties prefer the longer shared prefix, then list order. */
export function cpvProximity(
  needCodes: readonly string[],
  supplierCodes: readonly string[],
  catalogue: LabelCatalogue,
  language?: string | null,
  /** false: the value only (detail '', no reason), for ranking; see ScoreInput.explain. */
  explain = true,
): CpvProximity {
  const lang = textLanguage(language);
  let best: CpvPairMatch | null = null;
  for (const n of needCodes) {
    for (const s of supplierCodes) {
      const m = cpvPairMatch(n, s);
      if (m.value === 0) continue;
      if (!best || m.value > best.value || (m.value === best.value && m.sharedPrefix.length > best.sharedPrefix.length)) best = m;
    }
  }
  if (!explain) return { value: best?.value ?? 0, detail: '', reason: null, best };
  if (!best) {
    const detail =
      needCodes.length === 0 || supplierCodes.length === 0
        ? lang === 'sv'
          ? 'CPV-koder saknas för jämförelse'
          : 'No CPV codes to compare'
        : lang === 'sv'
          ? 'Inga gemensamma CPV-områden'
          : 'No shared CPV area';
    return { value: 0, detail, reason: null, best: null };
  }
  return { value: best.value, detail: cpvDetail(best, catalogue, lang), reason: cpvReason(best, catalogue, lang), best };
}

/** Label of the code a shared prefix stands for (7221 -> 72210000), in the given language. */
export function cpvPrefixLabel(prefix: string, catalogue: LabelCatalogue, lang: TextLanguage): string | null {
  const entry = catalogue.cpv(prefix.padEnd(8, '0'));
  if (!entry) return null;
  return lang === 'sv' ? entry.labelSv : entry.labelEn;
}

function levelName(prefix: string, lang: TextLanguage): string {
  return LEVEL_NAMES[lang][Math.min(5, prefix.length)];
}

function withLabel(code: string, label: string | null): string {
  return label ? `${code} (${label})` : code;
}

function cpvDetail(m: CpvPairMatch, catalogue: LabelCatalogue, lang: TextLanguage): string {
  const need = cpvDigits(m.needCode);
  const supplier = cpvDigits(m.supplierCode);
  if (m.exact) {
    const label = withLabel(need, cpvPrefixLabel(need, catalogue, lang));
    return lang === 'sv' ? `CPV ${label} finns i leverantörens profil` : `CPV ${label} is in the supplier's profile`;
  }
  const shared = withLabel(m.sharedPrefix, cpvPrefixLabel(m.sharedPrefix, catalogue, lang));
  const level = levelName(m.sharedPrefix, lang);
  return lang === 'sv'
    ? `CPV ${need} delar ${level} ${shared} med ${supplier}`
    : `CPV ${need} shares ${level} ${shared} with ${supplier}`;
}

function cpvReason(m: CpvPairMatch, catalogue: LabelCatalogue, lang: TextLanguage): string {
  if (m.exact) {
    const label = withLabel(cpvDigits(m.needCode), cpvPrefixLabel(m.needCode.slice(0, 8), catalogue, lang));
    return lang === 'sv' ? `samma CPV-kod ${label}` : `the same CPV code ${label}`;
  }
  const shared = withLabel(m.sharedPrefix, cpvPrefixLabel(m.sharedPrefix, catalogue, lang));
  const level = levelName(m.sharedPrefix, lang);
  return lang === 'sv' ? `samma CPV-${level} ${shared}` : `the same CPV ${level} ${shared}`;
}
