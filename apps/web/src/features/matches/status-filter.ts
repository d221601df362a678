import type { MatchStatus } from '../../gql/graphql';

export const MATCH_STATUSES: MatchStatus[] = ['SUGGESTED', 'INVITED', 'INTERESTED', 'CONNECTED', 'DECLINED', 'WITHDRAWN'];

/** The inbox's filter lives in the URL (?status=CONNECTED) so it survives reload and can be linked to. */
export function statusFromUrl(params: URLSearchParams): MatchStatus | null {
  const s = params.get('status');
  return (MATCH_STATUSES as string[]).includes(s ?? '') ? (s as MatchStatus) : null;
}

export function statusToUrl(params: URLSearchParams, status: MatchStatus | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (status) next.set('status', status);
  else next.delete('status');
  return next;
}
