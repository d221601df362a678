import type { ProcurementStage } from '@navet/needs';
import type { CompanySize, FocusArea, SolutionReadiness } from '@navet/reference';
import { allOf, anyOf, quote, regionOverlap } from './filter-expression';

/** Mirrors the contract's NeedSearchFilter; every field optional, null = no constraint. */
export interface NeedSearchFilter {
  cpvPrefixes?: readonly string[] | null;
  regionCodes?: readonly string[] | null;
  focusAreas?: readonly FocusArea[] | null;
  readiness?: readonly SolutionReadiness[] | null;
  buyerId?: string | null;
  /** true: deadline unset or still ahead; false: deadline passed; null: either. */
  openForDialogue?: boolean | null;
  /** Whole SEK, inclusive; a need without a value never satisfies a bound. */
  minValueSek?: number | null;
  maxValueSek?: number | null;
  stages?: readonly ProcurementStage[] | null;
  languages?: readonly string[] | null;
}

/** Mirrors the contract's SupplierSearchFilter. */
export interface SupplierSearchFilter {
  cpvPrefixes?: readonly string[] | null;
  regionCodes?: readonly string[] | null;
  focusAreas?: readonly FocusArea[] | null;
  companySizes?: readonly CompanySize[] | null;
}

/** Meilisearch filter for needs; undefined when nothing constrains the search. `now` decides openForDialogue. */
export function needFilter(f: NeedSearchFilter | null | undefined, now: Date = new Date()): string | undefined {
  if (!f) return undefined;
  return allOf([
    anyOf('cpvPrefixes', f.cpvPrefixes),
    regionOverlap(f.regionCodes),
    anyOf('focusAreas', f.focusAreas),
    anyOf('readiness', f.readiness),
    f.buyerId ? `buyerId = ${quote(f.buyerId)}` : null,
    dialogueOpen(f.openForDialogue, now.getTime()),
    valueRange(f.minValueSek, f.maxValueSek),
    anyOf('stage', f.stages),
    anyOf('language', f.languages),
  ]);
}

function dialogueOpen(open: boolean | null | undefined, nowMs: number): string | null {
  if (open === null || open === undefined) return null;
  return open ? `dialogueDeadline IS NULL OR dialogueDeadline > ${nowMs}` : `dialogueDeadline <= ${nowMs}`;
}

function valueRange(min: number | null | undefined, max: number | null | undefined): string | null {
  const hasMin = min !== null && min !== undefined;
  const hasMax = max !== null && max !== undefined;
  if (hasMin && hasMax) return `estimatedValueSek ${min} TO ${max}`;
  if (hasMin) return `estimatedValueSek >= ${min}`;
  if (hasMax) return `estimatedValueSek <= ${max}`;
  return null;
}

/** Meilisearch filter for supplier profiles; undefined when nothing constrains the search. */
export function supplierFilter(f: SupplierSearchFilter | null | undefined): string | undefined {
  if (!f) return undefined;
  return allOf([
    anyOf('cpvPrefixes', f.cpvPrefixes),
    regionOverlap(f.regionCodes),
    anyOf('focusAreas', f.focusAreas),
    anyOf('companySize', f.companySizes),
  ]);
}
