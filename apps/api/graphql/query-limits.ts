import type { ApolloDriverConfig } from '@nestjs/apollo';
import depthLimit from 'graphql-depth-limit';
import { ASTVisitor, GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Rejects documents with more than `max` aliased fields (alias amplification). */
export function aliasLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias && ++count === max + 1) {
          context.reportError(
            new GraphQLError(`Too many aliases (max ${max})`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
          );
        }
      },
    };
  };
}

export function depthRule(max: number) {
  return depthLimit(max);
}

/** List fields cost their page size times their children, so pageSize: 100 with deep nesting adds up. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = typeof args.pageSize === 'number' ? args.pageSize : typeof args.first === 'number' ? args.first : null;
  return size === null ? undefined : 1 + size * Math.max(childComplexity, 1);
};

/** Computes complexity with the request's variables, before execution. */
// Typed through Nest's config: @apollo/server ships separate CJS and ESM typings that do not unify.
type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export function complexityPlugin(schema: () => GraphQLSchema, max: number): Plugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables ?? {},
              estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Invalid variables: execution refuses them next, as BAD_USER_INPUT with HTTP 400.
            return;
          }
          if (complexity > max) {
            throw new GraphQLError(`Query is too complex: ${complexity} (max ${max})`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
