import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
/**
 * The Meilisearch error code (e.g. `index_not_found`) behind an error from the client, whichever
 * way the client wrapped it (API error, or request error around our keep-alive transport's error).
 */
export function meiliErrorCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const cause = (e as { cause?: unknown }).cause;
    if (
      cause &&
      typeof cause === 'object' &&
      typeof (cause as { code?: unknown }).code === 'string' &&
      !(cause instanceof Error)
    ) {
      return (cause as { code: string }).code;
    }
    e = cause;
  }
  return undefined;
}

/**
 * True when Meilisearch could not be reached, timed out, or answered that it cannot serve (502-504):
 * search is down, not the request wrong. The API answers those with a coded 503 (SEARCH_UNAVAILABLE).
 * The client wraps everything our transport throws in a request error, answers from Meilisearch
 * (index_not_found, a bad filter) included, so the API error inside decides when there is one.
 */
export function isSearchUnavailable(error: unknown): boolean {
  let requestFailed = false;
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    if (e instanceof MeilisearchApiError) return [502, 503, 504].includes(e.response.status);
    if (e instanceof MeilisearchRequestTimeOutError) return true;
    if (e instanceof MeilisearchRequestError) requestFailed = true;
    e = (e as { cause?: unknown }).cause;
  }
  return requestFailed;
}
