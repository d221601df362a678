/**
 * What Navet accepts in free text, applied by every text validator (text.ts). Pure; no errors thrown here.
 *
 * Refused:
 * - control characters (C0 and C1, DEL); multi-line fields keep tab and line breaks (CR LF and lone CR become LF),
 *   single-line fields refuse line breaks and turn a tab into a space;
 * - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text display in another order
 *   than it is stored ("Trojan Source"); plain marks (LRM, RLM, ALM) are legitimate in mixed-direction text and stay;
 * - lone surrogates, which are not Unicode text and which PostgreSQL cannot store.
 * Stripped (no linguistic use, only ever noise or disguise): zero-width space U+200B, word joiner U+2060,
 * byte-order mark / zero-width no-break space U+FEFF, Mongolian vowel separator U+180E.
 * Kept: zero-width joiner and non-joiner (U+200C, U+200D; needed in Persian, Indic scripts and emoji
 * sequences), soft hyphen, variation selectors and tag characters (emoji flags).
 * Text is NFC-normalised and trimmed. Visible characters exclude white space, format characters (Unicode Cf)
 * and blank-looking letters (Hangul fillers, braille blank), so a title made only of them counts as empty.
 */
export interface TextOptions {
  /** Titles, names, list entries: no line breaks. Default false (descriptions and messages may have lines). */
  singleLine?: boolean;
}

export type TextProblem = 'control' | 'line-break' | 'bidi' | 'surrogate';
export type CleanedText = { ok: true; text: string; visible: number } | { ok: false; problem: TextProblem };

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /\p{Cs}/u;
// Tab and LF are handled per option; CR is normalised to LF before this test.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\n\u2028\u2029]/;
const STRIPPED = /[\u200B\u2060\uFEFF\u180E]/g;
const INVISIBLE = /[\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** Visible characters (code points) in `text`: what makes a title more than blank. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!INVISIBLE.test(ch)) n++;
  return n;
}

/** Applies the rules above to one text. */
export function cleanText(raw: string, options: TextOptions = {}): CleanedText {
  if (LONE_SURROGATE.test(raw)) return { ok: false, problem: 'surrogate' };
  if (BIDI_CONTROL.test(raw)) return { ok: false, problem: 'bidi' };
  let text = raw.replace(/\r\n?/g, '\n').replace(STRIPPED, '');
  if (options.singleLine) {
    text = text.replace(/\t/g, ' ');
    if (LINE_BREAK.test(text.trim())) return { ok: false, problem: 'line-break' };
  }
  if (CONTROL.test(text)) return { ok: false, problem: 'control' };
  text = text.normalize('NFC').trim();
  return { ok: true, text, visible: visibleLength(text) };
}
