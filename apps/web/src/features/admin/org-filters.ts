import type { OrganizationKind } from '../../gql/graphql';

/** The all-organizations filters as they travel in the URL (?kind=SUPPLIER&verified=false), so a view can be shared. */
export interface OrgFilters {
  kind?: OrganizationKind;
  verified?: boolean;
}

export const KINDS: readonly OrganizationKind[] = ['PUBLIC_BUYER', 'SUPPLIER', 'PLATFORM'];

export function filtersFromParams(params: URLSearchParams): OrgFilters {
  const kind = params.get('kind');
  const verified = params.get('verified');
  return {
    kind: kind && (KINDS as readonly string[]).includes(kind) ? (kind as OrganizationKind) : undefined,
    verified: verified === 'true' ? true : verified === 'false' ? false : undefined,
  };
}

export function paramsFromFilters(filters: OrgFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.verified !== undefined) params.set('verified', String(filters.verified));
  return params;
}

/** Lists grow by a page at a time up to what the API allows in one request. */
export const PAGE = 50;
export const MAX_FIRST = 200;
export const nextFirst = (first: number): number => Math.min(first + PAGE, MAX_FIRST);
/** A full page means there may be more; at the API's maximum there is no more to ask for. */
export const mayHaveMore = (shown: number, first: number): boolean => shown >= first && first < MAX_FIRST;
