import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { DomainError } from '@navet/core';
import { AppConfig } from '@navet/config';
import { IdentityService, TokenService } from '@navet/identity';
import { NeedsService } from '@navet/needs';
import { ContactAccess } from '@navet/matching';
import { SuppliersService } from '@navet/suppliers';
import { createErrorFormatter } from './error-formatter';
import { bearerToken, GqlContext } from './graphql-context';
import { createLoaders } from './loaders';
import { LedgerService } from '@navet/ledger';
import { ClarificationService } from '@navet/clarifications';
import { DialogueQueryService } from '@navet/dialogue';
import { BuyerGroupQueries } from '@navet/buyer-groups';
import { aliasLimit, complexityPlugin, depthRule } from './query-limits';

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
export function graphqlOptions(
  config: AppConfig,
  tokens: TokenService,
  identity: IdentityService,
  contacts: ContactAccess,
  needs: NeedsService,
  suppliers: SuppliersService,
  ledger: LedgerService,
  clarifications: ClarificationService,
  dialogues: DialogueQueryService,
  buyerGroups: BuyerGroupQueries,
): ApolloDriverConfig {
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
    validationRules: [depthRule(config.graphql.maxDepth), aliasLimit(config.graphql.maxAliases)],
    plugins: [
      {
        async serverWillStart({ schema: s }) {
          schema = s;
        },
      },
      complexityPlugin(() => schema!, config.graphql.maxComplexity),
    ],
    formatError: createErrorFormatter(config.app.isProduction),
    context: ({ req }: { req: Request }): GqlContext => {
      const actor = actorFrom(req, tokens);
      return {
        req,
        actor,
        ip: req.ip ?? 'unknown',
        loaders: createLoaders({ identity, contacts, needs, suppliers, ledger, clarifications, dialogues, buyerGroups }, actor),
      };
    },
  };
}
