/**
 * Organization numbers: one stored spelling per number, so "559175-7082", "5591757082" and
 * "165591757082" are the same organization (the unique index on (country, number) then catches
 * every spelling). Sweden's organisationsnummer is checked with its Luhn digit; other countries by
 * the shape of their national registry or VAT number (see COUNTRY_FORMATS), unknown countries by a
 * generic pattern. Pure: no I/O.
 */

export type OrganizationNumberResult = { ok: true; value: string } | { ok: false; reason: string };

interface CountryFormat {
  /** What the number is called, for messages and the README. */
  name: string;
  /** Compact form (upper case, no spaces, dots, hyphens or slashes) -> stored form, or null when invalid. */
  normalize(compact: string): string | null;
}

/** Luhn (mod 10) check digit of a digit string, as used by Swedish organisationsnummer and French SIREN. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Doubling starts at the digit right next to the (missing) check digit.
    const fromRight = digits.length - 1 - i;
    let d = Number(digits[i]) * (fromRight % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const luhnValid = (digits: string): boolean =>
  /^\d{2,}$/.test(digits) && luhnCheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));

/** Weighted mod-11 check used by Norway's organisasjonsnummer and Finland's Y-tunnus. */
function mod11Valid(digits: string, weights: readonly number[]): boolean {
  const body = digits.slice(0, weights.length);
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === Number(digits[weights.length]);
}

/** Drops a leading VAT country prefix ("SE", "DE", "EL" for Greece, ...) when the rest is the number. */
const withoutPrefix = (compact: string, prefix: string): string =>
  compact.startsWith(prefix) && /\d/.test(compact.charAt(prefix.length)) ? compact.slice(prefix.length) : compact;

const digitsOf = (length: number) => (compact: string, prefix: string) => {
  const rest = withoutPrefix(compact, prefix);
  return new RegExp(`^\\d{${length}}$`).test(rest) ? rest : null;
};

const swedish: CountryFormat = {
  name: 'organisationsnummer (NNNNNN-NNNN)',
  normalize(compact) {
    let digits = withoutPrefix(compact, 'SE');
    // The VAT form is SE + the 10 digits + "01".
    if (compact.startsWith('SE') && /^\d{12}$/.test(digits) && digits.endsWith('01')) digits = digits.slice(0, 10);
    // 12 digits: a century prefix, "16" for legal persons, 19/20 for a sole trader's personnummer.
    else if (/^(16|19|20)\d{10}$/.test(digits)) digits = digits.slice(2);
    if (!/^\d{10}$/.test(digits) || !luhnValid(digits)) return null;
    return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  },
};

const norwegian: CountryFormat = {
  name: 'organisasjonsnummer (9 digits, mod 11)',
  normalize(compact) {
    const d = withoutPrefix(compact, 'NO').replace(/MVA$/, '');
    return /^\d{9}$/.test(d) && mod11Valid(d, [3, 2, 7, 6, 5, 4, 3, 2]) ? d : null;
  },
};

const finnish: CountryFormat = {
  name: 'Y-tunnus (NNNNNNN-N, mod 11)',
  normalize(compact) {
    const d = withoutPrefix(compact, 'FI');
    return /^\d{8}$/.test(d) && mod11Valid(d, [7, 9, 10, 5, 8, 4, 2]) ? `${d.slice(0, 7)}-${d.slice(7)}` : null;
  },
};

const belgian: CountryFormat = {
  name: 'ondernemingsnummer (10 digits, mod 97)',
  normalize(compact) {
    let d = withoutPrefix(compact, 'BE');
    if (/^\d{9}$/.test(d)) d = `0${d}`; // the old 9-digit form
    if (!/^[01]\d{9}$/.test(d)) return null;
    return 97 - (Number(d.slice(0, 8)) % 97) === Number(d.slice(8)) ? d : null;
  },
};

const french: CountryFormat = {
  name: 'SIREN (9 digits, Luhn; a SIRET or VAT number gives its SIREN)',
  normalize(compact) {
    let d = compact;
    if (/^FR[0-9A-Z]{2}\d{9}$/.test(d)) d = d.slice(4); // VAT: FR + 2-character key + SIREN
    if (/^\d{14}$/.test(d) && luhnValid(d)) d = d.slice(0, 9); // SIRET = SIREN + establishment
    return /^\d{9}$/.test(d) && luhnValid(d) ? d : null;
  },
};

const pattern = (name: string, prefix: string, re: RegExp): CountryFormat => ({
  name,
  normalize: (compact) => {
    const rest = withoutPrefix(compact, prefix);
    return re.test(rest) ? rest : null;
  },
});

const fixedDigits = (name: string, prefix: string, length: number): CountryFormat => ({
  name,
  normalize: (compact) => digitsOf(length)(compact, prefix),
});

/** Nordic and large EU countries; documented in the README. */
export const COUNTRY_FORMATS: Readonly<Record<string, CountryFormat>> = {
  SE: swedish,
  NO: norwegian,
  FI: finnish,
  DK: fixedDigits('CVR-nummer (8 digits)', 'DK', 8),
  IS: fixedDigits('kennitala (10 digits)', 'IS', 10),
  DE: fixedDigits('USt-IdNr. (9 digits)', 'DE', 9),
  FR: french,
  IT: fixedDigits('partita IVA (11 digits)', 'IT', 11),
  ES: pattern('NIF (letter + 7 digits + check character, or 8 digits + letter)', 'ES', /^([A-Z]\d{7}[A-Z0-9]|\d{8}[A-Z])$/),
  NL: pattern('KvK-nummer (8 digits) or btw-id (9 digits + B + 2 digits)', 'NL', /^(\d{8}|\d{9}B\d{2})$/),
  BE: belgian,
  PL: fixedDigits('NIP (10 digits)', 'PL', 10),
  AT: pattern('Firmenbuchnummer (digits + letter) or UID (U + 8 digits)', 'AT', /^(\d{1,6}[A-Z]|U\d{8})$/),
  EE: fixedDigits('registrikood (8 digits)', 'EE', 8),
  LV: fixedDigits('reģistrācijas numurs (11 digits)', 'LV', 11),
  LT: fixedDigits('juridinio asmens kodas (9 digits)', 'LT', 9),
  IE: pattern('CRO number (up to 6 digits) or VAT number (7 digits + 1–2 letters)', 'IE', /^(\d{1,6}|\d{7}[A-Z]{1,2})$/),
};

/** Any other country: letters and digits, at least one digit, 2 to 20 characters. */
const GENERIC = /^(?=.*\d)[A-Z0-9]{2,20}$/;

/** Upper case without the separators people type: spaces, dots, hyphens, slashes. */
export const compactOrganizationNumber = (raw: string): string => raw.toUpperCase().replace(/[\s.\-/]/g, '');

/** The stored spelling of an organization number of this country, or why it is not one. */
export function normalizeOrganizationNumber(countryCode: string, raw: string): OrganizationNumberResult {
  const compact = compactOrganizationNumber(raw);
  const format = COUNTRY_FORMATS[countryCode.toUpperCase()];
  if (format) {
    const value = format.normalize(compact);
    return value ? { ok: true, value } : { ok: false, reason: `not a valid ${countryCode.toUpperCase()} ${format.name}` };
  }
  return GENERIC.test(compact)
    ? { ok: true, value: compact }
    : { ok: false, reason: 'must be 2 to 20 letters and digits (with at least one digit)' };
}

/** For bulk sources (TED data, imports): the stored spelling, or null when the number is not valid. */
export function organizationNumberOrNull(countryCode: string, raw: string | null | undefined): string | null {
  if (!raw?.trim()) return null;
  const r = normalizeOrganizationNumber(countryCode, raw);
  return r.ok ? r.value : null;
}
