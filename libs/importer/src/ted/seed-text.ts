import { createHash } from 'node:crypto';

/** Cuts at a word boundary and marks the cut, so a truncated text never ends mid-word. */
export function truncate(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/** Collapses runs of white space (TED texts carry hard line breaks and double spaces). */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

// A sentence ends at . ! ? followed by space and something that starts a new sentence.
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\d"“„(])/u;

/** The first `count` sentences, at most `max` characters. */
export function firstSentences(text: string, count: number, max: number): string {
  const sentences = squash(text).split(SENTENCE_END);
  return truncate(sentences.slice(0, count).join(' '), max);
}

/** "SOLNA" -> "Solna", "NACKA STRAND" -> "Nacka Strand"; mixed-case input stays as it is. */
export function tidyTown(town: string | null | undefined): string | null {
  const t = squash(town);
  if (!t) return null;
  if (t !== t.toUpperCase()) return t;
  return t
    .toLocaleLowerCase('sv')
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toLocaleUpperCase('sv'));
}

// Latin letters that Unicode does not decompose into a base letter plus accent.
const FOLD: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/** ASCII slug for invented e-mail domains; names in other scripts fall back to a stable hash. */
export function slugify(name: string, fallbackSeed: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[łøæœßđðþıħ]/g, (ch) => FOLD[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug.length >= 2 ? slug : `leverantor-${stableHash(fallbackSeed).toString(16).slice(0, 8)}`;
}

/** A stable unsigned 32-bit number from a string (deterministic choices, same on every run). */
export const stableHash = (value: string): number => createHash('sha1').update(value, 'utf8').digest().readUInt32BE(0);

/** Lower-cases the first letter unless the word looks like an acronym ("IT", "CO2"). */
export function lowerFirst(label: string): string {
  const first = label.split(/\s/)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return label;
  return label.charAt(0).toLocaleLowerCase('sv') + label.slice(1);
}

/** "a", "a and b", "a, b and c" in Swedish or English. */
export function listJoin(items: readonly string[], language: 'sv' | 'en'): string {
  if (items.length <= 1) return items.join('');
  const and = language === 'sv' ? ' och ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
