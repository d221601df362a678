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
  /**
   * The most fields sharing one response name in one selection set. graphql-js's
   * OverlappingFieldsCanBeMerged compares those pairwise: 500 × `cpvCode(code: "…") { code }` took it
   * hundreds of milliseconds (docs/benchmarks.md).
   */
  repeats: number;
}

/** Limits at which measuring stops early (structural mode): the work stays bounded by the limits. */
export type StopAt = Partial<Record<'aliases' | 'nodes' | 'repeats', number>>;

/** Thrown when a running total passes a limit; `value` is then a lower bound of the whole figure. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: keyof StopAt,
    readonly value: number,
    readonly max: number,
  ) {
    super(`${limit} ${value} exceeds the maximum of ${max}`);
  }
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

const zero = (): QueryCost => ({ depth: 0, aliases: 0, nodes: 0, complexity: 0, repeats: 0 });

/** The running totals of one selection set, and how many of its fields answer to each response name. */
interface Frame {
  cost: QueryCost;
  names: Map<string, number>;
}
const frame = (): Frame => ({ cost: zero(), names: new Map() });

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
  /** The response names a fragment adds to the selection set it is spread into, with their counts. */
  private readonly memoNames = new Map<string, ReadonlyMap<string, number>>();
  /** Fragments being measured, outermost first (a Set keeps insertion order: the cycle's path). */
  private readonly measuring = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables?: Variables,
    private readonly stopAt: StopAt = {},
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
    return this.fragmentFrame(name).cost;
  }

  private fragmentFrame(name: string): { cost: QueryCost; names: ReadonlyMap<string, number> } {
    const known = this.memo.get(name);
    if (known) return { cost: known, names: this.memoNames.get(name)! };
    if (this.measuring.has(name)) throw new FragmentCycleError([...this.measuring, name]);
    const definition = this.fragments.get(name);
    // An unknown fragment costs nothing here; KnownFragmentNamesRule refuses the document next.
    if (!definition) return frame();
    this.measuring.add(name);
    try {
      const measured = this.measureFrame(definition);
      this.memo.set(name, measured.cost);
      this.memoNames.set(name, measured.names);
      return measured;
    } finally {
      this.measuring.delete(name);
    }
  }

  private measure(definition: Definition): QueryCost {
    return this.measureFrame(definition).cost;
  }

  /** One pass over the definition: a stack of frames, one per selection set being summed. */
  private measureFrame(definition: Definition): Frame {
    const typeInfo = new TypeInfo(this.schema);
    const frames: Frame[] = [frame()];
    const fieldDefs: (GraphQLField<unknown, unknown> | null | undefined)[] = [];
    const top = () => frames[frames.length - 1]!;
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter: (node) => {
            if (this.skipped(node)) return false;
            fieldDefs.push(typeInfo.getFieldDef());
            frames.push(frame());
            return undefined;
          },
          leave: (node) => {
            const children = this.closed(frames.pop()!);
            const fieldDef = fieldDefs.pop();
            const parent = top();
            this.count(parent, (node.alias ?? node.name).value, 1);
            this.add(parent, {
              depth: node.selectionSet && !node.name.value.startsWith('__') ? 1 + children.depth : 0,
              aliases: (node.alias ? 1 : 0) + children.aliases,
              nodes: 1 + children.nodes,
              complexity: this.variables ? fieldComplexity(node, fieldDef, children.complexity, this.variables) : 0,
              repeats: children.repeats,
            });
          },
        },
        InlineFragment: (node: InlineFragmentNode) => {
          if (this.skipped(node)) return false;
          this.add(top(), { ...zero(), nodes: 1 });
          return undefined;
        },
        FragmentSpread: (node: FragmentSpreadNode) => {
          if (this.skipped(node)) return false;
          const spread = this.fragmentFrame(node.name.value);
          const into = top();
          for (const [name, count] of spread.names) this.count(into, name, count);
          this.add(into, { ...spread.cost, nodes: spread.cost.nodes + 1 });
          return undefined;
        },
      }),
    );
    const root = frames[0]!;
    this.closed(root);
    return root;
  }

  /** A selection set is complete: its own repeats count too. */
  private closed(done: Frame): QueryCost {
    for (const count of done.names.values()) done.cost.repeats = Math.max(done.cost.repeats, count);
    return done.cost;
  }

  private count(into: Frame, responseName: string, count: number): void {
    const total = (into.names.get(responseName) ?? 0) + count;
    into.names.set(responseName, total);
    this.stopPast('repeats', total);
  }

  /** Adds a selection's cost to the running totals of its selection set (depth is the deepest one). */
  private add(into: Frame, cost: QueryCost): void {
    const totals = into.cost;
    totals.depth = Math.max(totals.depth, cost.depth);
    totals.aliases += cost.aliases;
    totals.nodes += cost.nodes;
    totals.complexity += cost.complexity;
    totals.repeats = Math.max(totals.repeats, cost.repeats);
    // A running total only grows on its way up to the definition's: past a limit here is past it there.
    this.stopPast('aliases', totals.aliases);
    this.stopPast('nodes', totals.nodes);
    this.stopPast('repeats', totals.repeats);
  }

  private stopPast(limit: keyof StopAt, value: number): void {
    const max = this.stopAt[limit];
    if (max !== undefined && !(value <= max)) throw new LimitExceeded(limit, value, max);
  }

  private skipped(node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
    if (!this.variables || !node.directives?.length) return false;
    if (getDirectiveValues(GraphQLSkipDirective, node, this.variables)?.if === true) return true;
    return getDirectiveValues(GraphQLIncludeDirective, node, this.variables)?.if === false;
  }
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
