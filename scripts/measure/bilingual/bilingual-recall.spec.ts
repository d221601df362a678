import { queryOutcome, RECALL_DEPTH, summarize } from './bilingual-recall';
import type { BilingualQuery } from './query-set';

const q = (relevant: string[]): BilingualQuery => ({ index: 'needs', language: 'en', query: 'x', relevant });

describe('bilingual recall', () => {
  it('counts relevant documents on the first page only', () => {
    const page = Array.from({ length: 12 }, (_, i) => `d${i}`);
    expect(queryOutcome(q(['d0', 'd11', 'other']), page)).toMatchObject({ found: 1, recall: 1 / 3 });
    expect(RECALL_DEPTH).toBe(10);
  });

  it('averages recall over queries and counts queries with any hit', () => {
    const outcomes = [queryOutcome(q(['a']), ['a']), queryOutcome(q(['b', 'c']), ['c']), queryOutcome(q(['d']), [])];
    expect(summarize(outcomes)).toEqual({ queries: 3, meanRecall: 0.5, hitRate: 2 / 3 });
    expect(summarize([])).toEqual({ queries: 0, meanRecall: 0, hitRate: 0 });
  });
});
