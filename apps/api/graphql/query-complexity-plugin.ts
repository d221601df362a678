import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { DocumentNode, getVariableValues, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { DocumentCost } from './query-cost';
import { queryTooComplex, unanalysableQuery } from './query-cost-error';

const logger = new Logger('QueryCost');

// Typed through Nest's config: @apollo/server ships separate CJS and ESM typings that do not unify.
type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * What an operation's complexity can depend on besides its text: the values of Int and Boolean
 * variables (page sizes, @skip/@include) and whether they are null (then the schema's default
 * applies, not the variable's). Ids and search words cannot change it, so `need(id)` with a thousand
 * different ids is one computation. Strings and objects are left out: no page size or flag is one.
 */
export function complexityKey(operationName: string | null | undefined, variables: Record<string, unknown>): string {
  const relevant = Object.entries(variables).filter(([, v]) => v === null || typeof v === 'number' || typeof v === 'boolean');
  return `${operationName ?? ''}|${JSON.stringify(relevant)}`;
}

/**
 * The complexity of the operation that will run, with the request's variables; undefined when the
 * variables do not coerce: execution then refuses them first thing (graphql-js's execute coerces with
 * the same getVariableValues before any resolver runs), as BAD_USER_INPUT with HTTP 400.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number | undefined {
  const { errors, coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (errors || !coerced) return undefined;
  return new DocumentCost(schema, document, coerced).of(operation).complexity;
}

const MAX_KEYS_PER_DOCUMENT = 64;

/**
 * Refuses an operation whose complexity exceeds `max` before it executes (after validation, which has
 * already bounded the document's shape: see query-cost-rule.ts). Never fails open: an error while
 * computing refuses the request.
 */
export function queryComplexityPlugin(max: number): Plugin {
  // Apollo hands out the same parsed DocumentNode for the same query text (its document store), so the
  // cache lives and dies with the document. Computing on every request was 2.5–4% of a need(id)'s CPU
  // (docs/benchmarks.md).
  const cache = new WeakMap<DocumentNode, Map<string, number>>();
  const complexity = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ) => {
    const key = complexityKey(operation.name?.value, variables);
    let byKey = cache.get(document);
    const known = byKey?.get(key);
    if (known !== undefined) return known;
    const value = operationComplexity(schema, document, operation, variables);
    // Not cached when the variables do not coerce: others with the same key (an object where a string
    // was) may coerce, and must then be measured.
    if (value === undefined) return value;
    if (!byKey) cache.set(document, (byKey = new Map()));
    if (byKey.size < MAX_KEYS_PER_DOCUMENT) byKey.set(key, value);
    return value;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          // No operation to run (an unknown operationName): execution answers that error itself.
          if (!operation) return;
          let value: number | undefined;
          try {
            value = complexity(schema, document, operation, request.variables ?? {});
          } catch (e) {
            logger.warn(`query complexity analysis failed, query refused: ${e instanceof Error ? e.message : String(e)}`);
            throw unanalysableQuery();
          }
          if (value !== undefined && !(value <= max)) throw queryTooComplex('complexity', value, max);
        },
      };
    },
  };
}
