import { MAX_KEY_WORDS, STOP_WORDS, termWords } from './synonym-terms';

/** A Swedish and an English label of one CPV code. */
export interface ParallelLabel {
  sv: string;
  en: string;
}

/** One Swedish term and its English equivalent (each normalized, one to a few words). */
export interface Equivalence {
  sv: string;
  en: string;
}

/**
 * Longest label kept: longer ones are lists or descriptions, not a name for one thing. One side of a
 * pair must be short enough to look up (MAX_KEY_WORDS); "Äldreomsorg" = "Welfare services for the
 * elderly" is kept for the Swedish word.
 */
export const MAX_LABEL_WORDS = 6;
/** Shortest single word kept: "te" (tea) or "ur" would fire on far too many queries. */
const MIN_WORD_LENGTH = 3;

// Enumerations ("Jordbruks-, jakt- och ...", "X (utom Y)", "A; B", "A/B") are not one name.
const LIST_PUNCTUATION = /[,;()/]|-\s/;

const contentWords = (words: readonly string[]): string[] => words.filter((w) => !STOP_WORDS.has(w));

function usableLabel(label: string): string | null {
  if (LIST_PUNCTUATION.test(label)) return null;
  const words = termWords(label);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return null;
  if (contentWords(words).length === 0) return null;
  if (words.length === 1 && words[0]!.length < MIN_WORD_LENGTH) return null;
  return words.join(' ');
}

/**
 * Whole labels as synonyms: "Elfordon" = "Electric vehicles", "Reservdelar" = "Spare parts". Multi-word
 * labels do not align word by word (Swedish compounds are one word, English phrases several), so the
 * label is kept whole; labels that are lists, too long, or the same in both languages are skipped.
 */
export function labelEquivalences(labels: readonly ParallelLabel[]): Equivalence[] {
  const out = new Map<string, Equivalence>();
  for (const l of labels) {
    const sv = usableLabel(l.sv);
    const en = usableLabel(l.en);
    if (!sv || !en || sv === en) continue;
    if (termWords(sv).length > MAX_KEY_WORDS && termWords(en).length > MAX_KEY_WORDS) continue;
    out.set(`${sv}\u0000${en}`, { sv, en });
  }
  return [...out.values()];
}

export interface WordAlignmentOptions {
  /** Labels both words must share. */
  minCount: number;
  /** Dice coefficient 2·both / (sv + en) at least this. */
  minDice: number;
}

export const WORD_ALIGNMENT: WordAlignmentOptions = { minCount: 3, minDice: 0.8 };

/** English candidates of a label: its content words and adjacent content-word pairs ("spare parts"). */
function englishGrams(words: readonly string[]): string[] {
  const grams = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (STOP_WORDS.has(w)) continue;
    grams.add(w);
    const next = words[i + 1];
    if (next !== undefined && !STOP_WORDS.has(next)) grams.add(`${w} ${next}`);
  }
  return [...grams];
}

const increment = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;

interface Scored {
  sv: string;
  en: string;
  count: number;
  dice: number;
}

// At equal Dice the longer English phrase wins; then the text decides (deterministic).
function better(a: Scored, b: Scored | undefined): boolean {
  if (!b) return true;
  if (a.dice !== b.dice) return a.dice > b.dice;
  const wa = a.en.split(' ').length;
  const wb = b.en.split(' ').length;
  if (wa !== wb) return wa > wb;
  return pairKey(a.sv, a.en) < pairKey(b.sv, b.en);
}

/**
 * Word equivalences learnt from how often a Swedish word and an English word (or two-word phrase)
 * occur in the same labels (Dice coefficient), kept only when each is the other's best partner
 * and they co-occur often enough: "underhåll" = "maintenance", "potatis" = "potatoes". A Swedish
 * compound may take an English phrase that fits as well as one of its words ("motordelar" = "engine
 * parts", not "engine"), unless the phrase's other word belongs to another Swedish word of the same
 * labels ("kontaminerad jord" = "contaminated soil": "kontaminerad" is only "contaminated").
 */
export function wordEquivalences(labels: readonly ParallelLabel[], opts: WordAlignmentOptions = WORD_ALIGNMENT): Equivalence[] {
  const svCount = new Map<string, number>();
  const enCount = new Map<string, number>();
  const both = new Map<string, number>();
  const svTogether = new Set<string>();
  for (const l of labels) {
    const sv = [...new Set(contentWords(termWords(l.sv)))].filter((w) => w.length >= MIN_WORD_LENGTH);
    const en = englishGrams(termWords(l.en));
    sv.forEach((w) => increment(svCount, w));
    en.forEach((g) => increment(enCount, g));
    for (const s of sv) for (const e of en) increment(both, pairKey(s, e));
    for (const a of sv) for (const b of sv) if (a !== b) svTogether.add(pairKey(a, b));
  }
  const scored: Scored[] = [...both].map(([key, count]) => {
    const [sv, en] = key.split('\u0000') as [string, string];
    return { sv, en, count, dice: (2 * count) / (svCount.get(sv)! + enCount.get(en)!) };
  });
  // An English word's best partner, among Swedish words against that word alone.
  const bestForEn = new Map<string, Scored>();
  for (const s of scored) if (!s.en.includes(' ') && better(s, bestForEn.get(s.en))) bestForEn.set(s.en, s);
  const phraseFits = (s: Scored): boolean =>
    s.en.split(' ').every((w) => {
      const owner = bestForEn.get(w)?.sv;
      return owner === undefined || owner === s.sv || !svTogether.has(pairKey(s.sv, owner));
    });
  const bestForSv = new Map<string, Scored>();
  for (const s of scored) if ((!s.en.includes(' ') || phraseFits(s)) && better(s, bestForSv.get(s.sv))) bestForSv.set(s.sv, s);

  const out: Equivalence[] = [];
  for (const s of bestForSv.values()) {
    if (s.count < opts.minCount || s.dice < opts.minDice) continue;
    // An English word in Swedish labels ("internet", "random access memory") is no translation.
    if (enCount.has(s.sv)) continue;
    // Mutual: the Swedish word is the best partner of the English word (of one word of a phrase).
    if (!s.en.split(' ').some((w) => bestForEn.get(w)?.sv === s.sv)) continue;
    out.push({ sv: s.sv, en: s.en });
  }
  return out.sort((a, b) => (a.sv < b.sv ? -1 : a.sv > b.sv ? 1 : 0));
}

/** Both kinds from the CPV catalogue's parallel labels, whole labels first. */
export const cpvEquivalences = (labels: readonly ParallelLabel[]): Equivalence[] => [
  ...labelEquivalences(labels),
  ...wordEquivalences(labels),
];
