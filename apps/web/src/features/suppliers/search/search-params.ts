import type { CompanySize, FocusArea, SearchSuppliersPageQueryVariables } from '../../../gql/graphql';

/** The supplier search as it lives in the URL, so a search can be shared and survives back/forward. */
export interface SupplierSearchState {
  query: string;
  focusAreas: FocusArea[];
  regionCodes: string[];
  cpvPrefixes: string[];
  companySizes: CompanySize[];
  page: number;
}

export type FilterKey = 'focusAreas' | 'regionCodes' | 'cpvPrefixes' | 'companySizes';

const FOCUS: readonly FocusArea[] = [
  'CLIMATE_AND_ENVIRONMENT',
  'CULTURE_AND_LEISURE',
  'DIGITALISATION',
  'EDUCATION',
  'ENERGY',
  'FOOD',
  'HEALTH_AND_CARE',
  'OTHER',
  'SAFETY_AND_SECURITY',
  'TRANSPORT',
  'URBAN_DEVELOPMENT',
  'WATER_AND_WASTE',
];
const SIZES: readonly CompanySize[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

/** URL parameter per filter, and the API facet that counts it. */
export const FILTERS: { key: FilterKey; param: string; facet: string }[] = [
  { key: 'focusAreas', param: 'focus', facet: 'focusAreas' },
  { key: 'companySizes', param: 'size', facet: 'companySize' },
  { key: 'regionCodes', param: 'region', facet: 'regionCodes' },
  { key: 'cpvPrefixes', param: 'cpv', facet: 'cpvDivisions' },
];

export const PAGE_SIZE = 20;

const only = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

export function readSearch(params: URLSearchParams): SupplierSearchState {
  const page = Number(params.get('page'));
  return {
    query: params.get('q') ?? '',
    focusAreas: only(FOCUS, params.getAll('focus')),
    companySizes: only(SIZES, params.getAll('size')),
    regionCodes: params.getAll('region').filter(Boolean),
    cpvPrefixes: params.getAll('cpv').filter((c) => /^\d{2,8}$/.test(c)),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function writeSearch(s: SupplierSearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.query.trim()) p.set('q', s.query.trim());
  for (const f of FILTERS) for (const v of s[f.key]) p.append(f.param, v);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** Adds or removes one filter value; any change of filters starts again at page 1. */
export function toggleFilter(s: SupplierSearchState, key: FilterKey, value: string, on: boolean): SupplierSearchState {
  const current = s[key] as string[];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  return { ...s, [key]: next, page: 1 };
}

export function toVariables(s: SupplierSearchState): SearchSuppliersPageQueryVariables {
  const list = <T>(v: T[]) => (v.length ? v : undefined);
  return {
    query: s.query.trim() || undefined,
    page: s.page,
    pageSize: PAGE_SIZE,
    filter: {
      focusAreas: list(s.focusAreas),
      companySizes: list(s.companySizes),
      regionCodes: list(s.regionCodes),
      cpvPrefixes: list(s.cpvPrefixes),
    },
  };
}
