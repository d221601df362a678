import { badInput } from './domain-error';

// Control characters (NUL above all, which PostgreSQL cannot store) are refused; tab and newlines are text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
function checkControl(field: string, v: string): string {
  if (CONTROL.test(v)) throw badInput(field, `${field} contains control characters`);
  return v;
}

/** Trims and checks a required text field's length; returns the trimmed value. */
export function requireText(field: string, value: string | undefined | null, min: number, max: number): string {
  const v = (value ?? '').trim();
  if (v.length < min) throw badInput(field, min <= 1 ? `${field} is required` : `${field} needs at least ${min} characters`);
  if (v.length > max) throw badInput(field, `${field} may have at most ${max} characters`);
  return checkControl(field, v);
}

/** Like requireText, but null/undefined stay null. */
export function optionalText(field: string, value: string | undefined | null, max: number): string | null {
  if (value === undefined || value === null) return null;
  const v = value.trim();
  if (v.length === 0) return null;
  if (v.length > max) throw badInput(field, `${field} may have at most ${max} characters`);
  return checkControl(field, v);
}

/** A list of short texts: trimmed, empty entries refused, bounded count and length. */
export function textList(
  field: string,
  values: readonly string[] | undefined | null,
  maxItems: number,
  maxLen: number,
): string[] {
  const list = (values ?? []).map((v) => v.trim());
  if (list.length > maxItems) throw badInput(field, `${field} may have at most ${maxItems} entries`);
  list.forEach((v) => {
    if (v.length === 0) throw badInput(field, `${field} may not contain empty entries`);
    if (v.length > maxLen) throw badInput(field, `each ${field} entry may have at most ${maxLen} characters`);
    checkControl(field, v);
  });
  return list;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function requireEmail(field: string, value: string): string {
  const v = value.trim().toLowerCase();
  if (v.length > 254 || !EMAIL.test(v)) throw badInput(field, `${field} is not a valid e-mail address`);
  return v;
}

const LANGUAGE = /^[a-z]{2}$/;
/** ISO 639-1 language code, lower case. */
export function requireLanguage(field: string, value: string): string {
  const v = value.trim().toLowerCase();
  if (!LANGUAGE.test(v)) throw badInput(field, `${field} must be an ISO 639-1 code such as "sv" or "en"`);
  return v;
}

/** Checks a value against an enum's allowed values (GraphQL already does, but domain code stays safe). */
export function requireOneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw badInput(field, `${field} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
