/** CPV code rules. Codes are written "DDDDDDDD-C" (8 digits, check digit). */
export interface CpvEntry {
  code: string;
  labelSv: string;
  labelEn: string;
  parentCode: string | null;
  level: number;
}

const CPV_FORMAT = /^(\d{8})-(\d)$/;

export const isCpvFormat = (code: string): boolean => CPV_FORMAT.test(code);

/** The 8 digits without check digit. */
export const cpvDigits = (code: string): string => code.slice(0, 8);

/** The significant leading digits: trailing zeros beyond the 2-digit division are dropped. */
export function cpvSignificant(code: string): string {
  const digits = cpvDigits(code);
  let end = 8;
  while (end > 2 && digits[end - 1] === '0') end--;
  return digits.slice(0, end);
}

/** 1 = division (XX000000), 2 = group, 3 = class, 4 = category, 5 = anything more specific. */
export function cpvLevel(code: string): number {
  return Math.min(5, cpvSignificant(code).length - 1);
}

/** Every prefix of the significant digits from the division down, e.g. 34144900 -> 34, 341, 3414, 34144, 341449. */
export function cpvPrefixes(code: string): string[] {
  const sig = cpvSignificant(code);
  const out: string[] = [];
  for (let n = 2; n <= sig.length; n++) out.push(sig.slice(0, n));
  return out;
}

export const cpvDivision = (code: string): string => code.slice(0, 2);

/** A filter prefix: 2 to 8 digits. */
export const isCpvPrefix = (prefix: string): boolean => /^\d{2,8}$/.test(prefix);
