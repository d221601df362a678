import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { assertNever, DomainError, ErrorCode } from '@navet/core';
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
]);

/** Maps errors to the contract; unexpected errors never leak messages or stacks in production. */
export function createErrorFormatter(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: contractCode(original.code), ...(original.field ? { field: original.field } : {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const outage = unavailableCode(original);
    if (outage) {
      // Expected while a backing service restarts: one line, no stack, and the client is told to retry.
      logger.warn(
        { code: outage, path: formatted.path, reason: original instanceof Error ? original.message : undefined },
        'backing service unavailable',
      );
      return { message: unavailableMessage(outage), path: formatted.path, extensions: { code: outage } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
    return {
      message: isProduction ? 'Internal server error' : formatted.message,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
