import { complexityKey } from './query-limits';

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
});
