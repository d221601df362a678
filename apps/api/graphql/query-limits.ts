import type { ApolloDriverConfig } from '@nestjs/apollo';
import depthLimit from 'graphql-depth-limit';
import { ASTVisitor, DocumentNode, GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
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

/**
 * What a document's complexity can depend on besides its text: numeric variables (page sizes) and
 * booleans (@skip/@include). Ids and search words cannot change it, so `need(id)` with a thousand
 * different ids is one computation.
 */
export function complexityKey(operationName: string | null | undefined, variables: Record<string, unknown>): string {
  const relevant = Object.entries(variables).filter(([, v]) => typeof v === 'number' || typeof v === 'boolean');
  return `${operationName ?? ''}|${JSON.stringify(relevant)}`;
}

const MAX_KEYS_PER_DOCUMENT = 64;

export function complexityPlugin(schema: () => GraphQLSchema, max: number): Plugin {
  // Apollo hands out the same parsed DocumentNode for the same query text (its document store), so the
  // cache lives and dies with the document. The analysis walked the whole document on every request:
  // in the API's profile it was a tenth of a need(id)'s CPU (docs/benchmarks.md).
  const cache = new WeakMap<DocumentNode, Map<string, number>>();
  const compute = (document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>) => {
    const key = complexityKey(operationName, variables);
    let byKey = cache.get(document);
    const known = byKey?.get(key);
    if (known !== undefined) return known;
    const complexity = getComplexity({
      schema: schema(),
      operationName: operationName ?? undefined,
      query: document,
      variables,
      estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
    if (!byKey) cache.set(document, (byKey = new Map()));
    if (byKey.size < MAX_KEYS_PER_DOCUMENT) byKey.set(key, complexity);
    return complexity;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = compute(document, request.operationName, request.variables ?? {});
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
