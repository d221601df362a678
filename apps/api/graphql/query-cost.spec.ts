import { FragmentDefinitionNode, Kind, OperationDefinitionNode } from 'graphql';
import { DocumentCost, FragmentCycleError, LimitExceeded, QueryCost } from './query-cost';
import { costSchema, doc } from './test-support/cost-schema';

const operationCost = (text: string, variables?: Record<string, unknown>): QueryCost => {
  const document = doc(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return new DocumentCost(costSchema, document, variables).of(operation);
};

/** F1 { id } and F2..Fn each spreading the previous twice. */
const chain = (n: number) =>
  [`query { need(id: "1") { ...F${n} } }`, 'fragment F1 on Need { id }']
    .concat(Array.from({ length: n - 1 }, (_, i) => `fragment F${i + 2} on Need { ...F${i + 1} ...F${i + 1} }`))
    .join('\n');

describe('DocumentCost (structural: no variables)', () => {
  it('measures depth below the top level, as graphql-depth-limit did', () => {
    expect(operationCost('{ cpvCode(code: "x") { code } }').depth).toBe(1);
    expect(operationCost('{ searchNeeds { hits { need { buyer { name } } } } }').depth).toBe(4);
    expect(operationCost('{ __typename }').depth).toBe(0);
  });

  it('counts depth through fragments and inline fragments', () => {
    const cost = operationCost(`
      query { searchNeeds { hits { need { ...N } } } }
      fragment N on Need { ... on Need { buyer { ...O } } }
      fragment O on Organization { name }`);
    expect(cost.depth).toBe(4);
  });

  it('counts aliases and nodes as if every fragment were written out at each spread', () => {
    const cost = operationCost(`
      query { need(id: "1") { ...A ...A } }
      fragment A on Need { x: id y: title }`);
    expect(cost.aliases).toBe(4);
    // need, two spreads, two times two fields
    expect(cost.nodes).toBe(1 + 2 + 4);
  });

  it('expands a fan-out chain exponentially in its figures, not in its work', () => {
    const cost = operationCost(chain(40));
    expect(cost.nodes).toBeGreaterThan(2 ** 39);
    expect(cost.repeats).toBe(2 ** 39);
    expect(cost.depth).toBe(1);
  });

  it('counts fields sharing a response name in one selection set, through fragments and inline fragments', () => {
    const cost = operationCost(`
      query { need(id: "1") { id x: title ... on Need { id } ...A ...A } }
      fragment A on Need { id x: id buyer { name n: name } }`);
    // id: 1 + 1 (inline) + 2 (one per spread of A); x: 1 + 2; buyer { name n } keeps its own set.
    expect(cost.repeats).toBe(4);
    expect(operationCost('{ __typename __typename }').repeats).toBe(2);
  });

  it('stops measuring as soon as a running total passes a limit, reporting a lower bound', () => {
    const document = doc(chain(40));
    const operation = document.definitions[0] as OperationDefinitionNode;
    const measure = () => new DocumentCost(costSchema, document, undefined, { nodes: 100 }).of(operation);
    expect(measure).toThrow(LimitExceeded);
    expect(measure).toThrow(/^nodes \d+ exceeds the maximum of 100$/);
  });

  it('counts selections under @skip and @include, since validation walks them all', () => {
    expect(operationCost('{ need(id: "1") @skip(if: true) { id } }').nodes).toBe(2);
  });

  it('throws on fragments spreading each other, naming the way round', () => {
    const cyclic = 'query { ...A } fragment A on Query { ...B } fragment B on Query { __typename ...A }';
    expect(() => operationCost(cyclic)).toThrow(FragmentCycleError);
    expect(() => operationCost(cyclic)).toThrow('Cannot spread fragment "A" within itself via "B".');
    expect(() => operationCost('query { ...A } fragment A on Query { ...A }')).toThrow(
      'Cannot spread fragment "A" within itself.',
    );
  });

  it('measures a fragment on its own, and an unknown fragment as nothing', () => {
    const document = doc('fragment A on Need { id buyer { name } ...Missing }');
    const fragment = document.definitions[0] as FragmentDefinitionNode;
    expect(new DocumentCost(costSchema, document).of(fragment)).toEqual({
      depth: 1,
      aliases: 0,
      nodes: 4,
      complexity: 0,
      repeats: 1,
    });
  });
});

describe('DocumentCost (execution: with the coerced variables)', () => {
  const hits = 'query($n: Int) { searchNeeds(pageSize: $n) { hits { need { id } } } }';

  it('multiplies a paged field’s children by its page size (literal or variable)', () => {
    // searchNeeds = 1 + 100 × hits; hits = 1 + need; need = 1 + id
    expect(operationCost('{ searchNeeds(pageSize: 100) { hits { need { id } } } }', {}).complexity).toBe(1 + 100 * 3);
    expect(operationCost(hits, { n: 5 }).complexity).toBe(1 + 5 * 3);
  });

  it('uses the schema default when the page size is left out or null', () => {
    expect(operationCost(hits, {}).complexity).toBe(1 + 20 * 3);
    expect(operationCost(hits, { n: null }).complexity).toBe(1 + 20 * 3);
    expect(operationCost('{ searchCpvCodes(query: "a") { code } }', {}).complexity).toBe(1 + 20 * 1);
  });

  it('counts a paged field without any size as one plus its children', () => {
    expect(operationCost('{ myMatches { id title } }', {}).complexity).toBe(3);
  });

  it('never lets a negative page size lower the sum', () => {
    const cost = operationCost(
      '{ a: searchNeeds(pageSize: -1000) { hits { need { id } } } b: searchNeeds(pageSize: 100) { hits { need { id } } } }',
      {},
    );
    expect(cost.complexity).toBe(1 + (1 + 100 * 3));
  });

  it('adds aliased copies and fragment expansions', () => {
    const twice = `query { ...S ...S } fragment S on Query { x: searchNeeds(pageSize: 10) { totalHits } }`;
    expect(operationCost(twice, {}).complexity).toBe(2 * (1 + 10));
  });

  it('leaves out what @skip or @include leave out', () => {
    const flagged = 'query($with: Boolean!) { need(id: "1") { id buyer @include(if: $with) { name } } }';
    expect(operationCost(flagged, { with: false }).complexity).toBe(2);
    expect(operationCost(flagged, { with: true }).complexity).toBe(4);
    expect(operationCost('{ need(id: "1") @skip(if: true) { id } }', {}).complexity).toBe(0);
  });
});
