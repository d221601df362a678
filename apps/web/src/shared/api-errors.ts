import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** What the API said went wrong: its code, the input field it names (extensions.field) and its message. */
export interface ApiError {
  code: string;
  field?: string;
  message: string;
}

const KNOWN_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'SEARCH_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
] as const;
export type KnownCode = (typeof KNOWN_CODES)[number] | 'NETWORK' | 'UNKNOWN';

/** The API's errors from whatever Apollo threw; a transport failure is one NETWORK error. */
export function apiErrors(error: unknown): ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      code: typeof e.extensions?.['code'] === 'string' ? e.extensions['code'] : 'UNKNOWN',
      field: typeof e.extensions?.['field'] === 'string' ? e.extensions['field'] : undefined,
      message: e.message,
    }));
  }
  if (ServerError.is(error))
    return [{ code: error.statusCode === 503 ? 'SERVICE_UNAVAILABLE' : 'UNKNOWN', message: error.message }];
  return [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }];
}

/** A code the shared messages translate; anything else reads as UNKNOWN. */
export const knownCode = (code: string): KnownCode =>
  (KNOWN_CODES as readonly string[]).includes(code) || code === 'NETWORK' ? (code as KnownCode) : 'UNKNOWN';

/** Errors keyed by the input field they name (the last path segment: `input.cpvCodes` -> `cpvCodes`). */
export function fieldErrors(errors: ApiError[]): Record<string, ApiError> {
  const byField: Record<string, ApiError> = {};
  for (const e of errors) if (e.field) byField[e.field.split('.').pop() ?? e.field] ??= e;
  return byField;
}
