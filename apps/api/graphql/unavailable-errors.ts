import type { ApolloDriverConfig } from '@nestjs/apollo';
import { isDatabaseConnectionError } from '@navet/database';
import { isSearchUnavailable } from '@navet/search';

/**
 * A backing service is down: not the client's fault and not a bug, so neither an internal error nor a
 * stack in the logs. Clients get a coded 503 with Retry-After and may try again; the rest of the API
 * (everything not needing that service) keeps answering.
 */
export const UNAVAILABLE_CODES = ['SEARCH_UNAVAILABLE', 'SERVICE_UNAVAILABLE'] as const;
export type UnavailableCode = (typeof UNAVAILABLE_CODES)[number];

export const RETRY_AFTER_SECONDS = 5;

const MESSAGES: Record<UnavailableCode, string> = {
  SEARCH_UNAVAILABLE: 'Search is temporarily unavailable; retry shortly',
  SERVICE_UNAVAILABLE: 'The service is temporarily unavailable; retry shortly',
};

/** The code for an error caused by Meilisearch or PostgreSQL being unreachable, else null. */
export function unavailableCode(error: unknown): UnavailableCode | null {
  // Search first: a refused connection inside a Meilisearch error is Meilisearch's, not PostgreSQL's.
  if (isSearchUnavailable(error)) return 'SEARCH_UNAVAILABLE';
  if (isDatabaseConnectionError(error)) return 'SERVICE_UNAVAILABLE';
  return null;
}

export const unavailableMessage = (code: UnavailableCode): string => MESSAGES[code];

const isUnavailable = (code: unknown): boolean => (UNAVAILABLE_CODES as readonly unknown[]).includes(code);

/** Answers HTTP 503 with Retry-After when an error of the response is one of these (set after formatError ran). */
export function unavailableStatusPlugin(): NonNullable<ApolloDriverConfig['plugins']>[number] {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!errors?.some((e) => isUnavailable(e.extensions?.code))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
