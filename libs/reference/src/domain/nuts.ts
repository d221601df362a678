/** NUTS region rules: two letters plus up to three letters/digits; hierarchy by prefix. */
export interface RegionEntry {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

const NUTS_FORMAT = /^[A-Z]{2}[A-Z0-9]{0,3}$/;
export const isNutsFormat = (code: string): boolean => NUTS_FORMAT.test(code);

/** 0 = country, 1..3 = NUTS level. */
export const nutsLevel = (code: string): number => code.length - 2;

export const nutsParent = (code: string): string | null => (code.length > 2 ? code.slice(0, -1) : null);

/** SE110 -> SE, SE1, SE11, SE110. */
export function nutsPrefixes(code: string): string[] {
  const out: string[] = [];
  for (let n = 2; n <= code.length; n++) out.push(code.slice(0, n));
  return out;
}

/** Two regions overlap when one contains the other (a supplier serving SE1 serves a need in SE110). */
export const nutsOverlap = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);
