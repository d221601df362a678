import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLField,
  GraphQLIncludeDirective,
  GraphQLSchema,
  GraphQLSkipDirective,
  InlineFragmentNode,
  FragmentSpreadNode,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** What a definition costs with every fragment spread counted as if its fragment were written out in place. */
export interface QueryCost {
  /** Nesting of fields below the top level (`{ a }` is 0, `{ a { b } }` is 1); `__` fields count 0, as before. */
  depth: number;
  aliases: number;
  /** Selections: fields, fragment spreads and inline fragments. */
  nodes: number;
  /** Every field costs 1 plus its children; a paged field (`pageSize`, `first`) costs 1 + size × its children. */
  complexity: number;
}

/** Thrown when a fragment spreads itself, directly or through others; expanding it would never end. */
export class FragmentCycleError extends Error {
  /** `path` runs from the first fragment of the cycle back to itself, e.g. A, B, A. */
  constructor(path: readonly string[]) {
    const start = path[path.length - 1]!;
    const via = path.slice(path.indexOf(start) + 1, -1);
    super(`Cannot spread fragment "${start}" within itself${via.length ? ` via ${via.map((n) => `"${n}"`).join(', ')}` : ''}.`);
  }
}

type Definition = OperationDefinitionNode | FragmentDefinitionNode;
type Variables = Record<string, unknown>;

const PAGE_SIZE_ARGUMENTS = ['pageSize', 'first'];

const zero = (): QueryCost => ({ depth: 0, aliases: 0, nodes: 0, complexity: 0 });

/**
 * Measures the definitions of one document in time linear in its size, however fragments fan out:
 * each fragment is measured once and its figures reused at every spread (the memo), instead of
 * walking it again per spread as the old depth and complexity libraries did (2^n for a chain of n
 * fragments each spreading the previous twice). Figures can grow past 2^53 or to Infinity; callers
 * compare with `!(value <= max)` so that nothing unrepresentable slips through.
 *
 * Two modes:
 * - structural (no variables, validation time): every selection counts, `@skip`/`@include`
 *   included, because the other validation rules walk skipped selections too; complexity is 0.
 * - execution (the request's coerced variables): `@skip`/`@include` are applied and complexity is
 *   computed with page sizes from literals, variables or the schema's defaults.
 */
export class DocumentCost {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly memo = new Map<string, QueryCost>();
  /** Fragments being measured, outermost first (a Set keeps insertion order: the cycle's path). */
  private readonly measuring = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables?: Variables,
  ) {
    // Last definition wins, as graphql-js's own validation context looks fragments up.
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  /** The cost of an operation, or of a fragment as if it were an operation's whole selection. */
  of(definition: Definition): QueryCost {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && this.fragments.get(definition.name.value) === definition) {
      return this.ofFragment(definition.name.value);
    }
    // An operation, or a fragment defined twice (UniqueFragmentNamesRule refuses the document).
    return this.measure(definition);
  }

  private ofFragment(name: string): QueryCost {
    const known = this.memo.get(name);
    if (known) return known;
    if (this.measuring.has(name)) throw new FragmentCycleError([...this.measuring, name]);
    const definition = this.fragments.get(name);
    // An unknown fragment costs nothing here; KnownFragmentNamesRule refuses the document next.
    if (!definition) return zero();
    this.measuring.add(name);
    try {
      const cost = this.measure(definition);
      this.memo.set(name, cost);
      return cost;
    } finally {
      this.measuring.delete(name);
    }
  }

  /** One pass over the definition: a stack of running totals, one per selection set being summed. */
  private measure(definition: Definition): QueryCost {
    const typeInfo = new TypeInfo(this.schema);
    const totals: QueryCost[] = [zero()];
    const fieldDefs: (GraphQLField<unknown, unknown> | null | undefined)[] = [];
    const top = () => totals[totals.length - 1]!;
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter: (node) => {
            if (this.skipped(node)) return false;
            fieldDefs.push(typeInfo.getFieldDef());
            totals.push(zero());
            return undefined;
          },
          leave: (node) => {
            const children = totals.pop()!;
            const fieldDef = fieldDefs.pop();
            add(top(), {
              depth: node.selectionSet && !node.name.value.startsWith('__') ? 1 + children.depth : 0,
              aliases: (node.alias ? 1 : 0) + children.aliases,
              nodes: 1 + children.nodes,
              complexity: this.variables ? fieldComplexity(node, fieldDef, children.complexity, this.variables) : 0,
            });
          },
        },
        InlineFragment: (node: InlineFragmentNode) => {
          if (this.skipped(node)) return false;
          top().nodes += 1;
          return undefined;
        },
        FragmentSpread: (node: FragmentSpreadNode) => {
          if (this.skipped(node)) return false;
          top().nodes += 1;
          add(top(), this.ofFragment(node.name.value));
          return undefined;
        },
      }),
    );
    return totals[0]!;
  }

  private skipped(node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
    if (!this.variables || !node.directives?.length) return false;
    if (getDirectiveValues(GraphQLSkipDirective, node, this.variables)?.if === true) return true;
    return getDirectiveValues(GraphQLIncludeDirective, node, this.variables)?.if === false;
  }
}

/** Adds a selection's cost to the running totals of its selection set (depth is the deepest one). */
function add(into: QueryCost, cost: QueryCost): void {
  into.depth = Math.max(into.depth, cost.depth);
  into.aliases += cost.aliases;
  into.nodes += cost.nodes;
  into.complexity += cost.complexity;
}

/**
 * A list field costs its page size times its children. A page size left out or null counts as the
 * schema's default (the resolver falls back to it); a negative one as 0, so it can never lower the sum.
 */
function fieldComplexity(
  node: FieldNode,
  fieldDef: GraphQLField<unknown, unknown> | null | undefined,
  childComplexity: number,
  variables: Variables,
): number {
  const size = fieldDef ? pageSize(node, fieldDef, variables) : null;
  if (size === null) return 1 + childComplexity;
  return 1 + Math.max(size, 0) * Math.max(childComplexity, 1);
}

function pageSize(node: FieldNode, fieldDef: GraphQLField<unknown, unknown>, variables: Variables): number | null {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const argDef = fieldDef.args.find((a) => a.name === name);
    if (!argDef) continue;
    const argNode = node.arguments?.find((a) => a.name.value === name);
    const given = argNode ? valueFromAST(argNode.value, argDef.type, variables) : undefined;
    const size = given ?? argDef.defaultValue;
    if (typeof size === 'number') return size;
  }
  return null;
}
