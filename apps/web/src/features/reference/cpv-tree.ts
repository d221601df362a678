/**
 * CPV 2008 codes are positional: a code at level L keeps its first L + 1 digits and pads with zeros
 * (72212000 is level 4 under 72210000, 72200000 and division 72000000). The API finds codes by prefix,
 * so a code's children and ancestors follow from its digits alone.
 */
const digits = (code: string): string => code.split('-')[0] ?? code;

/** The prefix every descendant of the code starts with (its significant digits). */
export const cpvPrefix = (code: string, level: number): string => digits(code).slice(0, level + 1);

/** The ancestors' codes (without check digit), division first; the API accepts them without it. */
export function cpvAncestors(code: string, level: number): string[] {
  const d = digits(code);
  const out: string[] = [];
  for (let l = 1; l < level; l++) out.push(d.slice(0, l + 1).padEnd(8, '0'));
  return out;
}

/** The prefix a chosen code stands for in a search filter: its digits without check digit and trailing zeros. */
export function cpvPrefixOf(code: string): string {
  const d = digits(code).replace(/0+$/, '');
  return d.length >= 2 ? d : digits(code).slice(0, 2);
}
