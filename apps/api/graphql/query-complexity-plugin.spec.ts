import { Kind, OperationDefinitionNode } from 'graphql';
import { complexityKey, operationComplexity } from './query-complexity-plugin';
import { costSchema, doc } from './test-support/cost-schema';

describe('complexityKey', () => {
  it('ignores ids and words, which cannot change a document’s complexity', () => {
    expect(complexityKey(null, { id: 'a', q: 'skola' })).toBe(complexityKey(null, { id: 'b', q: 'vård' }));
  });

  it('tells page sizes, @skip/@include flags and operations apart', () => {
    const keys = [
      complexityKey(null, { n: 5 }),
      complexityKey(null, { n: 100 }),
      complexityKey(null, { n: 5, withBuyer: true }),
      complexityKey(null, { n: 5, withBuyer: false }),
      complexityKey('Other', { n: 5 }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('tells a null page size (the schema default) from one left out (the variable’s default)', () => {
    expect(complexityKey(null, { n: null })).not.toBe(complexityKey(null, {}));
  });
});

describe('operationComplexity', () => {
  const complexity = (text: string, variables: Record<string, unknown>) => {
    const document = doc(text);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    return operationComplexity(costSchema, document, operation, variables);
  };

  it('applies the variable’s own default when the request leaves it out', () => {
    const query = 'query($n: Int = 50) { searchNeeds(pageSize: $n) { totalHits } }';
    expect(complexity(query, {})).toBe(1 + 50);
    expect(complexity(query, { n: null })).toBe(1 + 20);
    expect(complexity(query, { n: 100 })).toBe(1 + 100);
  });

  it('gives no figure for variables that do not coerce (execution refuses them before any resolver)', () => {
    expect(complexity('query($n: Int) { searchNeeds(pageSize: $n) { totalHits } }', { n: 'many' })).toBeUndefined();
  });
});
