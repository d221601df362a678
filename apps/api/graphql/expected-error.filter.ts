import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { assertNever, DomainError, ErrorCode } from '@navet/core';
import { graphqlErrorBody } from '../http/graphql-error-body';

const logger = new Logger('ExpectedErrors');

/** Failures that may point at abuse (guessing passwords, probing access) are worth a warning; the rest is routine. */
function levelOf(code: ErrorCode): 'log' | 'warn' {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'RATE_LIMITED':
      return 'warn';
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'INVALID_STATE':
      return 'log';
    default:
      return assertNever(code);
  }
}

function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'BAD_USER_INPUT':
      return 400;
    case 'CONFLICT':
    case 'INVALID_STATE':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    default:
      return assertNever(code);
  }
}

/**
 * A DomainError is an expected outcome (a wrong password, a validation failure), not a fault: without
 * this filter Nest logs every one at ERROR with its stack (log flooding). Logged here at info or warn
 * with its code and field only (messages may quote user input), then handed back unchanged: GraphQL
 * reports it through the error formatter; an HTTP controller answers it in the GraphQL error shape.
 */
@Catch(DomainError)
export class ExpectedErrorFilter implements ExceptionFilter<DomainError> {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    const type = host.getType<'http' | 'graphql' | 'rpc' | 'ws'>();
    const entry = { code: error.code, field: error.field, via: type };
    if (levelOf(error.code) === 'warn') logger.warn(entry, 'expected error');
    else logger.log(entry, 'expected error');
    if (type !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
    res.status(httpStatusOf(error.code)).json(graphqlErrorBody(error.message, error.code, error.field));
  }
}
