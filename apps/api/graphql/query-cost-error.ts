import { GraphQLError } from 'graphql';

/** The `extensions.code` of a document refused for its cost, before anything of it runs. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export type QueryLimitName = 'depth' | 'aliases' | 'nodes' | 'repeats' | 'variables' | 'complexity';

/** Figures past 2^53 print as such rather than as a misleading long number. */
function figure(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : `more than ${Number.MAX_SAFE_INTEGER}`;
}

/** Names the limit, the figure and the maximum, so a client knows what to cut. */
export function queryTooComplex(limit: QueryLimitName, value: number, max: number): GraphQLError {
  return new GraphQLError(`Query is too complex: ${limit} ${figure(value)} exceeds the maximum of ${max}.`, {
    extensions: { code: QUERY_TOO_COMPLEX, http: { status: 400 } },
  });
}

/** Any failure inside the analysis refuses the document: a limit that cannot be checked is not met. */
export function unanalysableQuery(): GraphQLError {
  return new GraphQLError('Query is too complex: its cost could not be analysed.', {
    extensions: { code: QUERY_TOO_COMPLEX, http: { status: 400 } },
  });
}

/** Apollo re-codes every validation rule's error GRAPHQL_VALIDATION_FAILED; the original keeps ours. */
export function isQueryTooComplex(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions?.code === QUERY_TOO_COMPLEX;
}
