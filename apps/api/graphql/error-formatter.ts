import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { assertNever, DomainError, ErrorCode, RateLimitedError } from '@navet/core';
import { variableErrorField } from './input-error-fields';
import { isQueryTooComplex, QUERY_TOO_COMPLEX } from './query-cost-error';
import { unavailableCode, unavailableMessage } from './unavailable-errors';

const logger = new Logger('GraphQLErrors');

/** Domain code -> the contract's `extensions.code`. Exhaustive: a new code must be mapped here. */
function contractCode(code: ErrorCode): string {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'INVALID_STATE':
    case 'RATE_LIMITED':
      return code;
    default:
      return assertNever(code);
  }
}

// Errors GraphQL/Apollo raise themselves (syntax, validation, variable coercion) are safe to show.
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  QUERY_TOO_COMPLEX,
]);

// PostgreSQL's unique_violation: a race two requests lost to a unique key, i.e. a duplicate.
const UNIQUE_VIOLATION = '23505';

/** A database refusal: its message is SQL text (constraint, column, sometimes values), never for a client. */
function databaseError(formatted: GraphQLFormattedError, error: QueryFailedError): GraphQLFormattedError {
  const sqlState = String((error.driverError as { code?: unknown } | undefined)?.code ?? '');
  if (sqlState === UNIQUE_VIOLATION) {
    logger.warn({ sqlState, path: formatted.path }, 'unique violation answered as CONFLICT');
    return { message: 'This already exists', path: formatted.path, extensions: { code: 'CONFLICT' } };
  }
  logger.error({ err: error, path: formatted.path }, 'database error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Maps errors to the contract: domain errors keep their code and field; input coercion errors (an Int
 * beyond 32 bits, an unknown enum value, in a literal or a variable) become BAD_USER_INPUT naming the
 * field; database errors never show SQL, in any mode; other unexpected errors never leak messages or
 * stacks in production.
 */
export function createErrorFormatter(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: contractCode(original.code),
          ...(original.field ? { field: original.field } : {}),
          ...(original instanceof RateLimitedError ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
        },
      };
    }
    // Before the database mapping: a lost connection is an outage (503, retry), not a fault.
    const outage = unavailableCode(original);
    if (outage) {
      // Expected while a backing service restarts: one line, no stack, and the client is told to retry.
      logger.warn(
        { code: outage, path: formatted.path, reason: original instanceof Error ? original.message : undefined },
        'backing service unavailable',
      );
      return { message: unavailableMessage(outage), path: formatted.path, extensions: { code: outage } };
    }
    if (original instanceof QueryFailedError) return databaseError(formatted, original);
    // Apollo re-codes a validation rule's error GRAPHQL_VALIDATION_FAILED; a refused query keeps its own code.
    const code = isQueryTooComplex(original) ? QUERY_TOO_COMPLEX : formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      // Set by inputErrorFieldsPlugin on literal values that do not fit their type.
      const literalField = typeof formatted.extensions?.field === 'string' ? formatted.extensions.field : undefined;
      const field = literalField ?? (code === 'BAD_USER_INPUT' ? variableErrorField(formatted.message) : undefined);
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: field ? { code: 'BAD_USER_INPUT', field } : { code },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
    return {
      message: isProduction ? 'Internal server error' : formatted.message,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
