import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { DomainError } from '@navet/core';
import { AppConfig } from '@navet/config';
import { Authenticated, SessionService } from '@navet/identity';
import { createErrorFormatter } from './error-formatter';
import { inputErrorFieldsPlugin } from './input-error-fields';
import { bearerToken, GqlContext } from './graphql-context';
import { LoaderSources } from './loader-sources';
import { createLoaders } from './loaders';
import { queryComplexityPlugin } from './query-complexity-plugin';
import { queryCostRule } from './query-cost-rule';
import { RETRY_AFTER_SECONDS, unavailableCode, unavailableMessage, unavailableStatusPlugin } from './unavailable-errors';

/**
 * A bad token fails the whole request with HTTP 401 (not 500), still coded UNAUTHENTICATED. Checked against
 * its session and user on every request (one primary-key lookup): revoked, erased or unknown means 401.
 */
async function authenticate(req: Request, sessions: SessionService): Promise<Authenticated | null> {
  const token = bearerToken(req);
  if (!token) return null;
  try {
    return await sessions.authenticate(token);
  } catch (e) {
    // PostgreSQL down while the session is checked: Apollo answers a failed context with 500 unless told otherwise.
    const outage = unavailableCode(e);
    if (outage) {
      const http = { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) };
      throw new GraphQLError(unavailableMessage(outage), { originalError: e as Error, extensions: { code: outage, http } });
    }
    if (!(e instanceof DomainError)) throw e;
    throw new GraphQLError(e.message, { originalError: e, extensions: { code: e.code, http: { status: 401 } } });
  }
}

/** Apollo settings: limits, error mapping, per-request actor and loaders, no GraphiQL/introspection in production. */
export function graphqlOptions(config: AppConfig, sessions: SessionService, sources: LoaderSources): ApolloDriverConfig {
  const limits = config.graphql;
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    // Nest's GraphiQL page loads React and GraphiQL from unpkg.com; http/graphiql-page.ts serves our own.
    graphiql: false,
    introspection: config.graphql.introspection,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Nest's plugin would reset every answer that has a `data` key to 200, the 503 of unavailableStatusPlugin too.
    preserveHttpStatusForExecutionErrors: false,
    // The parser stops at maxTokens; the cost rule then bounds the parsed document's shape before any
    // other rule walks it, and the plugin its complexity with the request's variables (query-cost-rule.ts).
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [queryCostRule(limits)],
    plugins: [
      queryComplexityPlugin(limits.maxComplexity),
      inputErrorFieldsPlugin,
      // PostgreSQL or Meilisearch down: 503 with Retry-After (the codes come from formatError).
      unavailableStatusPlugin(),
      // Navet sends no cache hints (http-setup.ts marks every answer no-store); Apollo's default cache-control plugin
      // would still wrap every field resolver (willResolveField) and compute a policy per request.
      ApolloServerPluginCacheControlDisabled() as NonNullable<ApolloDriverConfig['plugins']>[number],
    ],
    formatError: createErrorFormatter(config.app.isProduction),
    context: async ({ req }: { req: Request }): Promise<GqlContext> => {
      const auth = await authenticate(req, sessions);
      const actor = auth?.actor ?? null;
      return {
        req,
        actor,
        sessionId: auth?.sessionId ?? null,
        ip: req.ip ?? 'unknown',
        loaders: createLoaders(sources, actor),
      };
    },
  };
}
