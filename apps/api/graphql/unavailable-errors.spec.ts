import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { MeilisearchRequestError } from 'meilisearch';
import { createErrorFormatter } from './error-formatter';
import { unavailableStatusPlugin } from './unavailable-errors';

const format = createErrorFormatter(true);
const asResolverError = (original: Error) => {
  const e = new GraphQLError(original.message, { originalError: original, path: ['searchNeeds'] });
  return format({ message: e.message, path: ['searchNeeds'] }, e);
};

describe('errors of an unreachable backing service', () => {
  it('are SEARCH_UNAVAILABLE when Meilisearch cannot be reached, without its details', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7700'), { code: 'ECONNREFUSED' });
    const formatted = asResolverError(new MeilisearchRequestError('http://127.0.0.1:7700/indexes/x/search', refused));
    expect(formatted.extensions).toEqual({ code: 'SEARCH_UNAVAILABLE' });
    expect(formatted.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it('are SERVICE_UNAVAILABLE when PostgreSQL refuses or drops the connection', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(asResolverError(refused).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(asResolverError(shutdown).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('leave other unexpected errors internal', () => {
    expect(asResolverError(new TypeError('x is undefined')).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('turn the HTTP answer into a 503 with Retry-After, and only them', async () => {
    const respond = async (code: string) => {
      const response = {
        http: { status: undefined as number | undefined, headers: new HeaderMap() },
        body: { kind: 'single', singleResult: { errors: [{ message: 'm', extensions: { code } }] } },
      };
      // Only the fields the plugin reads: the response after formatError ran.
      const plugin = unavailableStatusPlugin() as { requestDidStart(): Promise<{ willSendResponse(c: unknown): Promise<void> }> };
      await (await plugin.requestDidStart()).willSendResponse({ response });
      return { status: response.http.status, retryAfter: response.http.headers.get('retry-after') };
    };
    expect(await respond('SEARCH_UNAVAILABLE')).toEqual({ status: 503, retryAfter: '5' });
    expect(await respond('SERVICE_UNAVAILABLE')).toEqual({ status: 503, retryAfter: '5' });
    expect(await respond('NOT_FOUND')).toEqual({ status: undefined, retryAfter: undefined });
  });
});
