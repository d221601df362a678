import { clamp01, SignalFit, textLanguage } from './language';

/**
 * Text relevance as ranked by the search engine (0..1), or null when the supplier was found only
 * through its CPV codes.
 */
export function textFit(engineScore: number | null | undefined, language?: string | null): SignalFit {
  const lang = textLanguage(language);
  if (engineScore === null || engineScore === undefined || !Number.isFinite(engineScore)) {
    return {
      value: 0,
      detail: lang === 'sv' ? 'Hittad enbart via CPV-koder (ingen textträff)' : 'Found through CPV codes only (no text match)',
      reason: null,
    };
  }
  const value = clamp01(engineScore);
  const pct = Math.round(value * 100);
  const detail =
    lang === 'sv' ? `Textrelevans ${pct} % mot behovets beskrivning` : `Text relevance ${pct}% against the need's description`;
  let reason: string | null = null;
  if (value >= 0.6) reason = lang === 'sv' ? 'beskrivning som ligger nära behovet' : 'a description close to the need';
  else if (value >= 0.3) reason = lang === 'sv' ? 'beskrivning som liknar behovet' : 'a description similar to the need';
  return { value, detail, reason };
}

const STOP_WORDS = new Set(
  // Swedish
  (
    'och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år ' +
    'säger hon under också efter eller nu sin där vid mot ska skall skulle kommer ut får finns vara varit blir blev ' +
    'bli alla andra anser detta denna dessa deras dess dem du ej ens ni någon några något hur här hos inom inga ' +
    'ingen inget mellan mer mest mycket min mitt mina många samt sedan sina sitt själv än även då eftersom genom ' +
    'vilka vilken vilket vad vars ha hade hela ju redan utan över upp ned sådan sådana ' +
    // English ("it" is kept: in procurement text it is mostly "IT")
    'the a an and or of to in on for with by from at as is are was were be been being its this that these those ' +
    'we you they he she our your their his her not no but if then than so such can could will would shall should may ' +
    'might must do does did has have had into over under about also all any each other some more most which who whom ' +
    'what when where why how there here up out per via'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Accents folded except the Swedish å, ä and ö, which carry meaning (the text is already lower case). */
function foldAccents(word: string): string {
  return [...word]
    .map((ch) => (ch === 'å' || ch === 'ä' || ch === 'ö' ? ch : ch.normalize('NFD').replace(/\p{M}+/gu, '')))
    .join('');
}

const wordCharCache = new Map<number, boolean>();
/**
 * Letters and digits of any script, and combining marks (folding removes them, so they join words
 * rather than split them); ASCII answered directly, the rest classified once per code point.
 */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  let word = wordCharCache.get(code);
  if (word === undefined) {
    word = /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(code));
    wordCharCache.set(code, word);
  }
  return word;
}

/**
 * The words of a text, lower case and folded, in order (repeats kept). A hand-written scanner:
 * matching tokenizes hundreds of candidate profiles per need, and a Unicode-property split of the
 * whole text was the worker's main cost.
 */
export function words(text: string): string[] {
  const lower = text.normalize('NFC').toLowerCase();
  const out: string[] = [];
  let start = -1;
  let plain = true;
  const end = (i: number) => {
    if (start < 0) return;
    const w = plain ? lower.slice(start, i) : foldAccents(lower.slice(start, i));
    if (w) out.push(w);
    start = -1;
    plain = true;
  };
  for (let i = 0; i < lower.length;) {
    const code = lower.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      if (start < 0) start = i;
      if (code >= 128 && code !== 0xe5 && code !== 0xe4 && code !== 0xf6) plain = false;
    } else end(i);
    i += size;
  }
  end(lower.length);
  return out;
}

/** Distinct content words: letters/digits, at least two characters, no stop words. */
export function tokenize(text: string): string[] {
  const out = new Set<string>();
  for (const t of words(text)) {
    if (t.length >= 2 && !STOP_WORDS.has(t)) out.add(t);
  }
  return [...out];
}

/** Inflected forms (programvara, programvaran; system, systems) match when one starts with the other. */
const MIN_STEM = 5;
function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_STEM && long.startsWith(short);
}

/**
 * Cheap fallback when no engine score exists: the share of the need's content words that the
 * supplier's text contains (exactly or as an inflected form). In [0,1]; 0 when either text is empty.
 */
export function textOverlap(needText: string, supplierText: string): number {
  const need = tokenize(needText);
  const supplier = tokenize(supplierText);
  if (need.length === 0 || supplier.length === 0) return 0;
  const exact = new Set(supplier);
  const matched = need.filter((t) => exact.has(t) || supplier.some((s) => tokensMatch(t, s))).length;
  return matched / need.length;
}
