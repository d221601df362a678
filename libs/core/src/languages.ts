import ISO6391 from 'iso-639-1';
import { badInput } from './domain-error';

/** True for a two-letter code in ISO 639-1 (the list, not the pattern: "zz" is not a language). */
export const isLanguageCode = (code: string): boolean => /^[a-z]{2}$/.test(code) && ISO6391.validate(code);

/** ISO 639-1 language code, lower-cased; BAD_USER_INPUT naming the field when it is not in the list. */
export function requireLanguage(field: string, value: string): string {
  const v = value.trim().toLowerCase();
  if (!isLanguageCode(v)) throw badInput(field, `${field} must be an ISO 639-1 code such as "sv" or "en"`);
  return v;
}
