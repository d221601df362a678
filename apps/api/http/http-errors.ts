import { Logger } from '@nestjs/common';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { graphqlErrorBody } from './graphql-error-body';

const logger = new Logger('HttpErrors');

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  type?: string;
}

/** body-parser's error types and statuses -> the code and message a client gets. */
function describe(err: HttpLikeError): { status: number; code: string; message: string } {
  const status = err.status ?? err.statusCode ?? 500;
  if (err.type === 'entity.parse.failed')
    return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
  if (status === 413) return { status, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
  if (status === 415)
    return { status, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body has an unsupported encoding or charset' };
  if (status >= 400 && status < 500) return { status, code: 'BAD_REQUEST', message: 'The request could not be read' };
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}

/**
 * Failures before GraphQL (body too large, malformed JSON, a bad charset) answer in the GraphQL error
 * shape with a code, instead of Express's HTML page. Client mistakes log at info, without stacks.
 */
export const httpErrorHandler: ErrorRequestHandler = (err: HttpLikeError, _req, res, next) => {
  if (res.headersSent) return next(err);
  const { status, code, message } = describe(err);
  if (status >= 500) logger.error({ err }, 'request failed before GraphQL');
  else logger.log({ status, code }, 'request refused before GraphQL');
  res.status(status).json(graphqlErrorBody(message, code));
};

/** /graphql is one route: anything below it is unknown, answered in the GraphQL shape rather than Nest's 404. */
export const unknownGraphqlRoute: RequestHandler = (req, res, next) => {
  if (req.path === '/' || req.path === '') return next();
  res.status(404).json(graphqlErrorBody('Not found: GraphQL is served at /graphql', 'NOT_FOUND'));
};
