import type { FocusArea, NeedSearchFilter, NeedSearchSort, SolutionReadiness } from '../../../gql/graphql';

/** A needs search as it stands in the URL, so a search can be shared and the back button works. */
export interface NeedSearchState {
  query: string;
  focusAreas: FocusArea[];
  regionCodes: string[];
  cpvPrefixes: string[];
  readiness: SolutionReadiness[];
  sort: NeedSearchSort;
  page: number;
}

/** The list filters, keyed as the API names its facets (cpvDivisions filter as CPV prefixes). */
export type ListKey = 'focusAreas' | 'regionCodes' | 'cpvPrefixes' | 'readiness';
export const FACET_KEYS: Record<string, ListKey> = {
  focusAreas: 'focusAreas',
  regionCodes: 'regionCodes',
  cpvDivisions: 'cpvPrefixes',
  readiness: 'readiness',
};

const PARAM: Record<ListKey, string> = { focusAreas: 'focus', regionCodes: 'region', cpvPrefixes: 'cpv', readiness: 'readiness' };
const SORTS: NeedSearchSort[] = ['RELEVANCE', 'NEWEST', 'DEADLINE_SOONEST', 'VALUE_HIGHEST'];
export const PAGE_SIZE = 20;

export function readSearch(params: URLSearchParams): NeedSearchState {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const sort = params.get('sort') as NeedSearchSort | null;
  return {
    query: params.get('q') ?? '',
    focusAreas: params.getAll(PARAM.focusAreas) as FocusArea[],
    regionCodes: params.getAll(PARAM.regionCodes),
    cpvPrefixes: params.getAll(PARAM.cpvPrefixes),
    readiness: params.getAll(PARAM.readiness) as SolutionReadiness[],
    sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** Only what differs from the defaults goes into the URL (short links). */
export function writeSearch(state: NeedSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of Object.keys(PARAM) as ListKey[]) for (const v of state[key]) params.append(PARAM[key], v);
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** A changed filter starts again at page 1. */
export function toggleValue(state: NeedSearchState, key: ListKey, value: string): NeedSearchState {
  const list = state[key] as string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...state, [key]: next, page: 1 };
}

/** The API's filter: empty lists are left out. */
export function toFilter(state: NeedSearchState): NeedSearchFilter | undefined {
  const filter: NeedSearchFilter = {};
  for (const key of Object.keys(PARAM) as ListKey[]) if (state[key].length) Object.assign(filter, { [key]: state[key] });
  return Object.keys(filter).length ? filter : undefined;
}

/** A CPV code as the prefix the search filters on: "45100000-8" -> "451" (the API wants 2 to 8 digits). */
export function cpvPrefix(code: string): string {
  const digits = code.split('-')[0]!.replace(/\D/g, '');
  const trimmed = digits.replace(/0+$/, '');
  return trimmed.length >= 2 ? trimmed : digits.slice(0, 2);
}
