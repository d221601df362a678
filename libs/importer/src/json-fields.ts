import { badInput } from '@navet/core';

/** A parsed JSON object line; plain-format fields are type-checked before the domain validators see them. */
export type JsonObject = Record<string, unknown>;

export function parseJsonObject(text: string): JsonObject | null {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : null;
  } catch {
    return null;
  }
}

export function rejectUnknownFields(o: JsonObject, allowed: ReadonlySet<string>): void {
  const unknown = Object.keys(o).find((k) => !allowed.has(k));
  if (unknown !== undefined) throw badInput(unknown.slice(0, 60), `unknown field "${unknown.slice(0, 60)}"`);
}

const isAbsent = (v: unknown): v is null | undefined => v === null || v === undefined;

export function optString(o: JsonObject, field: string): string | null {
  const v = o[field];
  if (isAbsent(v)) return null;
  if (typeof v !== 'string') throw badInput(field, `${field} must be a string`);
  return v;
}

export function reqString(o: JsonObject, field: string): string {
  const v = optString(o, field);
  if (v === null) throw badInput(field, `${field} is required`);
  return v;
}

export function optStringList(o: JsonObject, field: string): string[] | null {
  const v = o[field];
  if (isAbsent(v)) return null;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw badInput(field, `${field} must be a list of strings`);
  return v as string[];
}

export function optNumber(o: JsonObject, field: string): number | null {
  const v = o[field];
  if (isAbsent(v)) return null;
  if (typeof v !== 'number') throw badInput(field, `${field} must be a number`);
  return v;
}

export function optBoolean(o: JsonObject, field: string): boolean | null {
  const v = o[field];
  if (isAbsent(v)) return null;
  if (typeof v !== 'boolean') throw badInput(field, `${field} must be true or false`);
  return v;
}

export function optDate(o: JsonObject, field: string): Date | null {
  const v = optString(o, field);
  if (v === null) return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw badInput(field, `${field} must be an ISO 8601 date`);
  return d;
}

export function optObjectList(o: JsonObject, field: string): JsonObject[] | null {
  const v = o[field];
  if (isAbsent(v)) return null;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'object' || x === null || Array.isArray(x))) {
    throw badInput(field, `${field} must be a list of objects`);
  }
  return v as JsonObject[];
}

/** ISO 3166 alpha-2, upper-cased; `fallback` when absent. */
export function countryCode(o: JsonObject, field: string, fallback: string): string {
  const v = (optString(o, field) ?? fallback).trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(v)) throw badInput(field, `${field} must be a two-letter country code`);
  return v;
}

/** Optional identifier text: trimmed, empty = absent, bounded. */
export function optIdentifier(o: JsonObject, field: string, max: number): string | null {
  const v = optString(o, field)?.trim() ?? '';
  if (!v) return null;
  if (v.length > max) throw badInput(field, `${field} may have at most ${max} characters`);
  return v;
}

/** The organization's own region: the first listed region when it is more precise than a country. */
export const organizationRegion = (regionCodes: readonly string[]): string | null => {
  const first = regionCodes[0];
  return first && first.length > 2 ? first : null;
};
