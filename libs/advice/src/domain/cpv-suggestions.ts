import { AdviceLanguage, Term, terms } from './advice-terms';
import { AdviceFinding, quoteList } from './advice-finding';
import { CpvLabelEntry, CpvLabelIndex, LabelMatch, LabelWeights } from './cpv-label-index';

export interface CpvSuggestParams {
  label: LabelWeights;
  /** Share of the score from the closest needs' and profiles' codes; the rest from the labels. */
  neighbourShare: number;
  /** Label evidence at which the label part reaches one half (raw / (raw + squash)). */
  squash: number;
  /** Factor on a group (level 2); a division (level 1) gets its square. */
  coarsePenalty: number;
}

/** Tuned on the tuning half of the TED notices only (scripts/measure/cpv-suggestions.ts; docs/benchmarks.md). */
export const DEFAULT_CPV_PARAMS: CpvSuggestParams = {
  label: { ancestor: 0.3, compound: 0 },
  neighbourShare: 0.7,
  squash: 20,
  coarsePenalty: 1,
};

export interface DraftText {
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: readonly string[];
}

/** The CPV codes of one of the closest published needs or supplier profiles, closest first. */
export interface Neighbour {
  cpvCodes: readonly string[];
}

export interface CpvSuggestionResult {
  code: string;
  /** In [0,1]. */
  score: number;
  reason: string;
  /** Text words found in the code's labels (for the mismatch check). */
  words: string[];
}

export const LABEL_CANDIDATES = 60;

/** The draft's content words with their weights: the title says most about the subject. */
export function draftTerms(d: DraftText, stopwords: ReadonlySet<string>): { terms: Term[]; weights: number[] } {
  const parts: [string, number][] = [
    [d.title, 3],
    [d.summary, 1.5],
    [d.desiredOutcomes.join('\n'), 1],
    [d.description, 1],
  ];
  const out: Term[] = [];
  const weights: number[] = [];
  for (const [text, w] of parts) {
    for (const t of terms(text, stopwords)) {
      out.push(t);
      weights.push(w);
    }
  }
  return { terms: out, weights };
}

function reasonFor(language: AdviceLanguage, words: readonly string[], used: number, neighbours: number): string {
  const parts: string[] = [];
  if (words.length) {
    const w = quoteList(words.slice(0, 3), language);
    parts.push(language === 'sv' ? `benämningen matchar ${w} i texten` : `its label matches ${w} in the text`);
  }
  if (used > 0) {
    parts.push(
      language === 'sv'
        ? `används av ${used} av de ${neighbours} närmaste behoven och leverantörsprofilerna`
        : `used by ${used} of the ${neighbours} closest needs and supplier profiles`,
    );
  }
  const s = parts.join('; ');
  return s.charAt(0).toLocaleUpperCase('sv') + s.slice(1) + '.';
}

/**
 * Ranked CPV codes for a draft: label evidence (both languages, ancestors, compounds) and the codes
 * of the closest published needs and supplier profiles (`neighbours`, closest first), each with a
 * readable reason. Pure.
 */
export function suggestCpvCodes(
  index: CpvLabelIndex,
  lookup: (code: string) => CpvLabelEntry | undefined,
  draft: { terms: readonly Term[]; weights: readonly number[] },
  neighbours: readonly Neighbour[],
  language: AdviceLanguage,
  params: CpvSuggestParams,
  limit: number,
): CpvSuggestionResult[] {
  const labels = index.match(draft.terms, draft.weights, params.label, LABEL_CANDIDATES);
  return rankCpvCodes(labels, neighbours, lookup, language, params, limit);
}

/** The second half of suggestCpvCodes: label matches and neighbours' codes into one ranking (the tuning reuses label matches). */
export function rankCpvCodes(
  labels: readonly LabelMatch[],
  neighbours: readonly Neighbour[],
  lookup: (code: string) => CpvLabelEntry | undefined,
  language: AdviceLanguage,
  params: Omit<CpvSuggestParams, 'label'>,
  limit: number,
): CpvSuggestionResult[] {
  const votes = new Map<string, number>();
  const users = new Map<string, number>();
  let total = 0;
  neighbours.forEach((n, rank) => {
    const v = 1 / Math.sqrt(rank + 1);
    total += v;
    for (const code of new Set(n.cpvCodes)) {
      votes.set(code, (votes.get(code) ?? 0) + v);
      users.set(code, (users.get(code) ?? 0) + 1);
    }
  });
  const byCode = new Map(labels.map((l) => [l.code, l]));
  const candidates = new Set([...byCode.keys(), ...votes.keys()]);
  const out: CpvSuggestionResult[] = [];
  for (const code of candidates) {
    const entry = lookup(code);
    if (!entry) continue;
    const raw = byCode.get(code)?.score ?? 0;
    const label = raw / (raw + params.squash);
    const near = total > 0 ? (votes.get(code) ?? 0) / total : 0;
    const mix = total > 0 ? (1 - params.neighbourShare) * label + params.neighbourShare * near : label;
    const coarse = entry.level === 1 ? params.coarsePenalty ** 2 : entry.level === 2 ? params.coarsePenalty : 1;
    const score = Math.round(Math.min(1, Math.max(0, mix * coarse)) * 1000) / 1000;
    if (score <= 0) continue;
    const words = byCode.get(code)?.words ?? [];
    out.push({ code: entry.code, score, words, reason: reasonFor(language, words, users.get(code) ?? 0, neighbours.length) });
  }
  return out.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code)).slice(0, limit);
}

/** Draft texts with fewer content words than this are too thin to call a code a mismatch. */
const MIN_TERMS_FOR_MISMATCH = 8;

/**
 * CPV findings on the codes the draft already has: a division or group where a finer suggested code
 * fits (CPV_TOO_COARSE), a code whose division no suggestion shares and whose labels share no word with
 * the text (CPV_MISMATCH), no code at all (NO_CPV_CODES). Pure.
 */
export function cpvFindings(
  draftCodes: readonly string[],
  suggestions: readonly CpvSuggestionResult[],
  lookup: (code: string) => CpvLabelEntry | undefined,
  labelWordsOf: (code: string) => readonly string[],
  termCount: number,
  language: AdviceLanguage,
): AdviceFinding[] {
  const out: AdviceFinding[] = [];
  const sv = language === 'sv';
  const label = (e: CpvLabelEntry) => `${e.code} (${sv ? e.labelSv : e.labelEn})`;
  if (draftCodes.length === 0) {
    const first = suggestions[0] ? lookup(suggestions[0].code) : undefined;
    const hint = first ? (sv ? ` Förslag: ${label(first)}.` : ` Suggested: ${label(first)}.`) : '';
    out.push({
      code: 'NO_CPV_CODES',
      severity: 'WARNING',
      field: 'cpvCodes',
      message:
        (sv
          ? 'Ingen CPV-kod är vald; leverantörer matchas mycket sämre utan.'
          : 'No CPV code is chosen; suppliers are matched far worse without one.') + hint,
    });
    return out;
  }
  for (const code of draftCodes) {
    const e = lookup(code);
    if (!e) continue;
    const digits = e.code.slice(0, e.level + 1);
    if (e.level <= 2) {
      const finer = suggestions.map((s) => lookup(s.code)).find((s) => s && s.level >= 3 && s.code.startsWith(digits));
      out.push({
        code: 'CPV_TOO_COARSE',
        severity: finer ? 'WARNING' : 'INFO',
        field: 'cpvCodes',
        message: finer
          ? sv
            ? `${label(e)} är en bred kod; ${label(finer)} passar texten bättre.`
            : `${label(e)} is a broad code; ${label(finer)} fits the text better.`
          : sv
            ? `${label(e)} är en bred kod; välj en mer specifik kod under den om det går.`
            : `${label(e)} is a broad code; choose a more specific code under it if you can.`,
      });
    }
    const sameDivision = suggestions.some((s) => s.code.slice(0, 2) === e.code.slice(0, 2));
    if (termCount >= MIN_TERMS_FOR_MISMATCH && !sameDivision && labelWordsOf(e.code).length === 0) {
      out.push({
        code: 'CPV_MISMATCH',
        severity: 'WARNING',
        field: 'cpvCodes',
        message: sv
          ? `${label(e)} verkar inte passa texten: inget av dess ord förekommer och inget förslag ligger i samma huvudgrupp.`
          : `${label(e)} does not seem to fit the text: none of its words occur and no suggestion lies in the same division.`,
      });
    }
  }
  return out;
}
