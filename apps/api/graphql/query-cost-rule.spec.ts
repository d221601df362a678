import {
  DocumentNode,
  getIntrospectionQuery,
  GraphQLError,
  Kind,
  OperationTypeNode,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { queryCostRule, StructureLimits } from './query-cost-rule';
import { costSchema, doc } from './test-support/cost-schema';

const limits: StructureLimits = { maxDepth: 3, maxAliases: 5, maxNodes: 50, maxRepeats: 60, maxVariables: 4 };

/** A rule that records every selection set it is shown, standing in for graphql-js's expensive rules. */
function selectionSetSpy() {
  const seen = { selectionSets: 0 };
  const rule: ValidationRule = () => ({
    SelectionSet() {
      seen.selectionSets++;
    },
  });
  return { seen, rule };
}

/** As Apollo runs validation: graphql-js's rules first, then ours, in one pass. */
const check = (document: DocumentNode, spy?: ValidationRule): readonly GraphQLError[] =>
  validate(costSchema, document, [...(spy ? [spy] : []), ...specifiedRules, queryCostRule(limits)]);

const chain = (n: number) =>
  ['query { ...F' + n + ' }', 'fragment F1 on Query { __typename }']
    .concat(Array.from({ length: n - 1 }, (_, i) => `fragment F${i + 2} on Query { ...F${i + 1} ...F${i + 1} }`))
    .join('\n');

describe('queryCostRule', () => {
  it('refuses a fragment fan-out before any other rule walks a selection set', () => {
    const spy = selectionSetSpy();
    const errors = check(doc(chain(40)), spy.rule);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    // Counted until past the limit (F6 already holds 94 selections), never walked expansion by expansion.
    expect(errors[0]!.message).toMatch(/^Query is too complex: nodes \d+ exceeds the maximum of 50\.$/);
    expect(spy.seen.selectionSets).toBe(0);
  });

  it('refuses a fragment cycle as one validation error, without other rules running into it', () => {
    const spy = selectionSetSpy();
    const errors = check(doc('query { ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }'), spy.rule);
    expect(errors.map((e) => [e.message, e.extensions.code])).toEqual([
      ['Cannot spread fragment "A" within itself via "B".', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
    expect(spy.seen.selectionSets).toBe(0);
  });

  it.each([
    ['depth', '{ searchNeeds { hits { need { id } } } }', '{ searchNeeds { hits { need { buyer { name } } } } }', 'depth 4'],
    ['aliases', `{ ${'a: __typename '.repeat(5)}}`, `{ ${'a: __typename '.repeat(6)}}`, 'aliases 6'],
    ['nodes', `{ ${'__typename '.repeat(50)}}`, `{ ${'__typename '.repeat(51)}}`, 'nodes 51'],
    [
      'variables',
      'query($a: Int, $b: Int, $c: Int, $d: Int) { a: searchNeeds(page: $a, pageSize: $b) { totalHits } b: searchNeeds(page: $c, pageSize: $d) { totalHits } }',
      'query($a: Int, $b: Int, $c: Int, $d: Int, $e: Int) { __typename }',
      'variables 5',
    ],
  ])('allows %s up to the maximum and refuses one more, naming the figure', (_limit, atMax, overMax, figure) => {
    expect(check(doc(atMax))).toEqual([]);
    const errors = check(doc(overMax));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(`Query is too complex: ${figure} exceeds the maximum of`);
    expect(errors[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses more fields with one response name in one selection set than allowed', () => {
    const tight: StructureLimits = { ...limits, maxRepeats: 3 };
    const fragment = 'fragment A on Need { id }';
    const atMax = doc(`{ need(id: "1") { id ...A ...A } } ${fragment}`);
    expect(validate(costSchema, atMax, [...specifiedRules, queryCostRule(tight)])).toEqual([]);
    const over = doc(`{ need(id: "1") { id id ...A ...A } } ${fragment}`);
    const errors = validate(costSchema, over, [...specifiedRules, queryCostRule(tight)]);
    expect(errors.map((e) => e.message)).toEqual(['Query is too complex: repeats 4 exceeds the maximum of 3.']);
  });

  it('measures unused fragments too, since the other rules walk them', () => {
    const unused = chain(30).replace(/^query \{ \.\.\.F30 \}/, 'query { __typename }');
    expect(check(doc(unused)).map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('lets a document within the limits through to the other rules', () => {
    expect(check(doc('{ need(id: "1") { id title } }'))).toEqual([]);
    const unknown = check(doc('{ need(id: "1") { nope } }'));
    expect(unknown.map((e) => e.message)).toEqual(['Cannot query field "nope" on type "Need".']);
  });

  it('lets GraphiQL’s introspection query through the default limits', () => {
    const defaults: StructureLimits = { maxDepth: 10, maxAliases: 30, maxNodes: 1000, maxRepeats: 20, maxVariables: 50 };
    expect(validate(costSchema, doc(getIntrospectionQuery()), [...specifiedRules, queryCostRule(defaults)])).toEqual([]);
  });

  it('refuses a document it cannot analyse instead of waving it through', () => {
    // A malformed AST makes graphql-js's visitor throw inside the analysis.
    const broken = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          kind: Kind.OPERATION_DEFINITION,
          operation: OperationTypeNode.QUERY,
          selectionSet: { kind: Kind.SELECTION_SET, selections: [{ not: 'a node' }] },
        },
      ],
    } as unknown as DocumentNode;
    const errors = check(broken);
    expect(errors.map((e) => [e.message, e.extensions.code])).toEqual([
      ['Query is too complex: its cost could not be analysed.', 'QUERY_TOO_COMPLEX'],
    ]);
  });
});
