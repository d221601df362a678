/** Every expected failure a client may see. Mapped 1:1 to GraphQL `extensions.code`. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A coded, expected failure thrown by domain code and services. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For BAD_USER_INPUT: the offending input field, e.g. `cpvCodes`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** RATE_LIMITED with a retry hint: clients read `extensions.retryAfterSeconds` instead of parsing the message. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

export const badInput = (field: string, message: string): DomainError => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (what: string): DomainError => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'Not allowed'): DomainError => new DomainError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in required'): DomainError => new DomainError('UNAUTHENTICATED', message);
export const conflict = (message: string): DomainError => new DomainError('CONFLICT', message);
export const invalidState = (message: string): DomainError => new DomainError('INVALID_STATE', message);

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
