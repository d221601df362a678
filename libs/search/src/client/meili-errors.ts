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
