import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { DomainError } from '@navet/core';
import { AppConfig } from '@navet/config';
import { TokenService } from '@navet/identity';
import { createErrorFormatter } from './error-formatter';
import { bearerToken, GqlContext } from './graphql-context';
import { LoaderSources } from './loader-sources';
import { createLoaders } from './loaders';
import { aliasLimit, complexityPlugin, depthRule } from './query-limits';
import { unavailableStatusPlugin } from './unavailable-errors';

/** A bad token fails the whole request with HTTP 401 (not 500), still coded UNAUTHENTICATED. */
function actorFrom(req: Request, tokens: TokenService) {
  const token = bearerToken(req);
  if (!token) return null;
  try {
    return tokens.verify(token);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    throw new GraphQLError(e.message, { originalError: e, extensions: { code: e.code, http: { status: 401 } } });
  }
}

/** Apollo settings: limits, error mapping, per-request actor and loaders, no GraphiQL/introspection in production. */
export function graphqlOptions(config: AppConfig, tokens: TokenService, sources: LoaderSources): ApolloDriverConfig {
  let schema: GraphQLSchema | undefined;
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: config.graphql.graphiql,
    introspection: config.graphql.introspection,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Nest's plugin would reset every answer that has a `data` key to 200, the 503 of unavailableStatusPlugin too.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: [depthRule(config.graphql.maxDepth), aliasLimit(config.graphql.maxAliases)],
    plugins: [
      {
        async serverWillStart({ schema: s }) {
          schema = s;
        },
      },
      complexityPlugin(() => schema!, config.graphql.maxComplexity),
      // PostgreSQL or Meilisearch down: 503 with Retry-After (the codes come from formatError).
      unavailableStatusPlugin(),
      // Navet sends no cache hints (http-setup.ts marks every answer no-store); Apollo's default cache-control plugin
      // would still wrap every field resolver (willResolveField) and compute a policy per request.
      ApolloServerPluginCacheControlDisabled() as NonNullable<ApolloDriverConfig['plugins']>[number],
    ],
    formatError: createErrorFormatter(config.app.isProduction),
    context: ({ req }: { req: Request }): GqlContext => {
      const actor = actorFrom(req, tokens);
      return {
        req,
        actor,
        ip: req.ip ?? 'unknown',
        loaders: createLoaders(sources, actor),
      };
    },
  };
}
