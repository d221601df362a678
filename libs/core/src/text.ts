import { badInput } from './domain-error';
import { cleanText, TextOptions, TextProblem } from './text-hygiene';

function problem(field: string, p: TextProblem): Error {
  switch (p) {
    case 'control':
      return badInput(field, `${field} contains control characters`);
    case 'line-break':
      return badInput(field, `${field} must be a single line`);
    case 'bidi':
      return badInput(field, `${field} contains bidirectional override or isolate characters`);
    case 'surrogate':
      return badInput(field, `${field} contains invalid Unicode (a lone surrogate)`);
  }
}

/** The cleaned text (see text-hygiene.ts) and how many visible characters it has; BAD_USER_INPUT on refused content. */
function clean(field: string, value: string, options: TextOptions): { text: string; visible: number } {
  const result = cleanText(value, options);
  if (!result.ok) throw problem(field, result.problem);
  return result;
}

/**
 * Cleans and checks a required text field; returns the cleaned value. `min` counts visible characters,
 * so a title of zero-width spaces is "required", not three characters long.
 */
export function requireText(
  field: string,
  value: string | undefined | null,
  min: number,
  max: number,
  options: TextOptions = {},
): string {
  const { text, visible } = clean(field, value ?? '', options);
  if (visible < Math.max(min, 1)) {
    throw badInput(field, min <= 1 ? `${field} is required` : `${field} needs at least ${min} characters`);
  }
  if (text.length > max) throw badInput(field, `${field} may have at most ${max} characters`);
  return text;
}

/** Like requireText, but null/undefined and text without anything visible become null. */
export function optionalText(
  field: string,
  value: string | undefined | null,
  max: number,
  options: TextOptions = {},
): string | null {
  if (value === undefined || value === null) return null;
  const { text, visible } = clean(field, value, options);
  if (visible === 0) return null;
  if (text.length > max) throw badInput(field, `${field} may have at most ${max} characters`);
  return text;
}

/** A list of short single-line texts: cleaned, empty entries refused, bounded count and length. */
export function textList(
  field: string,
  values: readonly string[] | undefined | null,
  maxItems: number,
  maxLen: number,
): string[] {
  const list = values ?? [];
  if (list.length > maxItems) throw badInput(field, `${field} may have at most ${maxItems} entries`);
  return list.map((raw) => {
    const { text, visible } = clean(field, raw, { singleLine: true });
    if (visible === 0) throw badInput(field, `${field} may not contain empty entries`);
    if (text.length > maxLen) throw badInput(field, `each ${field} entry may have at most ${maxLen} characters`);
    return text;
  });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function requireEmail(field: string, value: string): string {
  const v = value.trim().toLowerCase();
  if (v.length > 254 || !EMAIL.test(v)) throw badInput(field, `${field} is not a valid e-mail address`);
  // The pattern admits any non-space character: control, bidi and zero-width characters have no place in an address.
  const cleaned = cleanText(v, { singleLine: true });
  if (!cleaned.ok || cleaned.text !== v) throw badInput(field, `${field} is not a valid e-mail address`);
  return v;
}

/** Checks a value against an enum's allowed values (GraphQL already does, but domain code stays safe). */
export function requireOneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw badInput(field, `${field} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
