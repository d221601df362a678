import type { FocusArea } from '../../gql/graphql';
import { FOCUS_AREAS } from '../reference/focus-areas';

export interface SearchDraft {
  name: string;
  query: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
}

/**
 * The needs search links here with its filters in the URL (?q=…&cpv=…&region=…&focus=…, repeated keys for
 * lists) so "save this search" starts from what the user was looking at.
 */
export function draftFromUrl(params: URLSearchParams): SearchDraft {
  const q = params.get('q') ?? '';
  return {
    name: q,
    query: q,
    cpvCodes: params.getAll('cpv'),
    regionCodes: params.getAll('region'),
    focusAreas: params.getAll('focus').filter((f): f is FocusArea => (FOCUS_AREAS as string[]).includes(f)),
  };
}

/** The link the needs search uses to offer "save this search". */
export function savedSearchUrl(path: string, d: Omit<SearchDraft, 'name'>): string {
  const p = new URLSearchParams();
  if (d.query) p.set('q', d.query);
  d.cpvCodes.forEach((c) => p.append('cpv', c));
  d.regionCodes.forEach((r) => p.append('region', r));
  d.focusAreas.forEach((f) => p.append('focus', f));
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}
