import { nutsPrefixes } from '@navet/reference';

/** A Meilisearch string literal: double-quoted, with backslash and quote escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const nonEmpty = (values: readonly string[] | null | undefined): string[] => [
  ...new Set((values ?? []).map((v) => v.trim()).filter(Boolean)),
];

/** `field IN ["a", "b"]` (OR within a field), or null when there is nothing to filter on. */
export function anyOf(field: string, values: readonly string[] | null | undefined): string | null {
  const vs = nonEmpty(values);
  return vs.length ? `${field} IN [${vs.map(quote).join(', ')}]` : null;
}

/**
 * Regions overlap when one contains the other: a document in SE110 is found by SE1 and SE110, a
 * document for all of SE is found by SE110, a document in SE110 is not found by SE332.
 */
export function regionOverlap(values: readonly string[] | null | undefined): string | null {
  const vs = nonEmpty(values).map((v) => v.toUpperCase());
  if (!vs.length) return null;
  const clauses = vs.map((r) => `regionPrefixes = ${quote(r)} OR regionCodes IN [${nutsPrefixes(r).map(quote).join(', ')}]`);
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => `(${c})`).join(' OR ');
}

/** AND across fields; each part is parenthesised so an OR inside cannot leak. */
export function allOf(parts: readonly (string | null)[]): string | undefined {
  const present = parts.filter((p): p is string => p !== null);
  if (!present.length) return undefined;
  return present.length === 1 ? present[0] : present.map((p) => `(${p})`).join(' AND ');
}
