import type { CompanySize, FocusArea, SolutionReadiness } from '@navet/reference';
import { allOf, anyOf, quote, regionOverlap } from './filter-expression';

/** Mirrors the contract's NeedSearchFilter; every field optional, null = no constraint. */
export interface NeedSearchFilter {
  cpvPrefixes?: readonly string[] | null;
  regionCodes?: readonly string[] | null;
  focusAreas?: readonly FocusArea[] | null;
  readiness?: readonly SolutionReadiness[] | null;
  buyerId?: string | null;
}

/** Mirrors the contract's SupplierSearchFilter. */
export interface SupplierSearchFilter {
  cpvPrefixes?: readonly string[] | null;
  regionCodes?: readonly string[] | null;
  focusAreas?: readonly FocusArea[] | null;
  companySizes?: readonly CompanySize[] | null;
}

/** Meilisearch filter for needs; undefined when nothing constrains the search. */
export function needFilter(f: NeedSearchFilter | null | undefined): string | undefined {
  if (!f) return undefined;
  return allOf([
    anyOf('cpvPrefixes', f.cpvPrefixes),
    regionOverlap(f.regionCodes),
    anyOf('focusAreas', f.focusAreas),
    anyOf('readiness', f.readiness),
    f.buyerId ? `buyerId = ${quote(f.buyerId)}` : null,
  ]);
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
