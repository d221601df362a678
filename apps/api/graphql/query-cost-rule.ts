import { Logger } from '@nestjs/common';
import { ASTVisitor, DocumentNode, GraphQLError, GraphQLSchema, Kind, ValidationContext, ValidationRule } from 'graphql';
import { DocumentCost, FragmentCycleError, LimitExceeded } from './query-cost';
import { queryTooComplex, unanalysableQuery } from './query-cost-error';

const logger = new Logger('QueryCost');

/** Limits on a document's shape, whatever its variables: they bound the work of validating it. */
export interface StructureLimits {
  maxDepth: number;
  maxAliases: number;
  maxNodes: number;
  /** Fields sharing one response name in one selection set (graphql-js compares them pairwise). */
  maxRepeats: number;
  maxVariables: number;
}

/**
 * The first limit the document exceeds, or null. Every operation and every fragment is measured
 * (an unused fragment is walked by the other rules too), with spreads counted as expanded: aliases
 * and selections per operation or fragment, depth and variables per operation. Figures of aliases,
 * selections and repeats are counted until they pass their limit: then the figure reported is a
 * lower bound.
 * Throws FragmentCycleError for a fragment that spreads itself.
 */
export function structuralRefusal(schema: GraphQLSchema, document: DocumentNode, limits: StructureLimits): GraphQLError | null {
  // Measuring stops as soon as a running total passes its limit, so its work is bounded by the limits.
  const stopAt = { aliases: limits.maxAliases, nodes: limits.maxNodes, repeats: limits.maxRepeats };
  const cost = new DocumentCost(schema, document, undefined, stopAt);
  const worst = { depth: 0, aliases: 0, nodes: 0, repeats: 0, variables: 0 };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const { depth, aliases, nodes, repeats } = cost.of(definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      // Depth is an operation's: a fragment's own depth depends on where it is spread (under `__schema`,
      // introspection's TypeRef nests 9 levels and counts 0).
      worst.depth = Math.max(worst.depth, depth);
      worst.variables = Math.max(worst.variables, definition.variableDefinitions?.length ?? 0);
    }
    worst.aliases = Math.max(worst.aliases, aliases);
    worst.nodes = Math.max(worst.nodes, nodes);
    worst.repeats = Math.max(worst.repeats, repeats);
  }
  // `!(x <= max)` and not `x > max`: a figure that is not a number is refused, never waved through.
  if (!(worst.depth <= limits.maxDepth)) return queryTooComplex('depth', worst.depth, limits.maxDepth);
  if (!(worst.aliases <= limits.maxAliases)) return queryTooComplex('aliases', worst.aliases, limits.maxAliases);
  if (!(worst.nodes <= limits.maxNodes)) return queryTooComplex('nodes', worst.nodes, limits.maxNodes);
  if (!(worst.repeats <= limits.maxRepeats)) return queryTooComplex('repeats', worst.repeats, limits.maxRepeats);
  if (!(worst.variables <= limits.maxVariables)) return queryTooComplex('variables', worst.variables, limits.maxVariables);
  return null;
}

/** Never fails open: whatever goes wrong while measuring refuses the document. */
function refusalOf(schema: GraphQLSchema, document: DocumentNode, limits: StructureLimits): GraphQLError | null {
  try {
    return structuralRefusal(schema, document, limits);
  } catch (e) {
    if (e instanceof LimitExceeded) return queryTooComplex(e.limit, e.value, e.max);
    if (e instanceof FragmentCycleError) {
      return new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    }
    logger.warn(`query cost analysis failed, query refused: ${e instanceof Error ? e.message : String(e)}`);
    return unanalysableQuery();
  }
}

/**
 * Validation rule measuring the whole document when validation enters it, before any other rule has
 * walked a selection (graphql-js visits rules in parallel, node by node; the only rules acting on the
 * Document node itself count its definitions). A refused document ends validation at once: returning
 * null from `enter` replaces the root and so ends the traversal for every rule, and the expensive
 * ones (OverlappingFieldsCanBeMerged, NoFragmentCycles, ...) never see the fan-out.
 * Must be in Apollo's first validation pass, i.e. without Apollo's `maxRecursiveSelections` option,
 * which would move it behind graphql-js's own rules.
 */
export function queryCostRule(limits: StructureLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document: {
      enter(document) {
        const refusal = refusalOf(context.getSchema(), document, limits);
        if (!refusal) return undefined;
        context.reportError(refusal);
        return null;
      },
    },
  });
}
