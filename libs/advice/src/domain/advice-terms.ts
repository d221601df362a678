/** The co-pilot's word lists (libs/advice/data/advice-terms.json), passed into the pure rules. */
export interface AdviceTerms {
  brands: readonly string[];
  technologies: Readonly<Record<'sv' | 'en', readonly string[]>>;
  solutionPhrases: Readonly<Record<'sv' | 'en', readonly string[]>>;
  outcomePhrases: Readonly<Record<'sv' | 'en', readonly string[]>>;
  stopwords: Readonly<Record<'sv' | 'en', readonly string[]>>;
}

/** Swedish drafts get Swedish advice; any other language gets English. */
export type AdviceLanguage = 'sv' | 'en';
export const adviceLanguage = (language: string | null | undefined): AdviceLanguage => (language === 'sv' ? 'sv' : 'en');

/** Lower case, accents kept (å, ä, ö carry meaning in Swedish), one space between words. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Phrases of `list` that occur in `text` as whole words (both normalised), in list order. */
export function phrasesIn(text: string, list: readonly string[]): string[] {
  const padded = ` ${normalise(text)} `;
  const found: string[] = [];
  for (const phrase of list) {
    const p = normalise(phrase);
    if (p && padded.includes(` ${p} `)) found.push(phrase);
  }
  return found;
}

// Light suffix stripping, longest first: enough to meet "laddning"/"laddningen", "fordon"/"fordonen",
// "vehicle"/"vehicles" in CPV labels. Not a linguistic stemmer, and never below four letters.
const SUFFIXES = [
  'arnas',
  'ernas',
  'ornas',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'ingen',
  'ningar',
  'ning',
  'heten',
  'het',
  'ies',
  'ing',
  'ed',
  'es',
  'en',
  'et',
  'er',
  'ar',
  'or',
  'na',
  's',
  'a',
  'e',
  'n',
  'r',
  't',
];

export function stem(word: string): string {
  for (const s of SUFFIXES) {
    if (word.length - s.length >= 4 && word.endsWith(s)) return word.slice(0, -s.length);
  }
  return word;
}

export interface Term {
  stem: string;
  /** The first word in the text that gave this stem, for readable reasons. */
  word: string;
}

/** Content words of a text as stems (stop words and numbers dropped), in order of appearance, repeats kept. */
export function terms(text: string, stopwords: ReadonlySet<string>): Term[] {
  const out: Term[] = [];
  for (const w of normalise(text).split(' ')) {
    if (w.length < 3 || stopwords.has(w) || /^\p{N}+$/u.test(w)) continue;
    out.push({ stem: stem(w), word: w });
  }
  return out;
}
