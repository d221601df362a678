import { Bm25Index, bm25Tokens } from './bm25';

describe('bm25Tokens', () => {
  it('lower-cases, folds accents and splits on anything but letters and digits', () => {
    expect(bm25Tokens('Café-Möbel, 2 IT/Drift a')).toEqual(['cafe', 'mobel', 'it', 'drift']);
  });
});

describe('Bm25Index', () => {
  const index = new Bm25Index([
    { id: 'road', text: 'road maintenance and road repair' },
    { id: 'it', text: 'IT operations and software support' },
    { id: 'mixed', text: 'software for road maintenance planning' },
  ]);

  it('ranks documents sharing rarer and more frequent query terms first', () => {
    expect(index.rank('road maintenance')).toEqual(['road', 'mixed']);
    expect(index.rank('software support')).toEqual(['it', 'mixed']);
  });

  it('leaves out documents sharing no term', () => {
    expect(index.rank('catering')).toEqual([]);
  });

  it('weighs a term in fewer documents higher', () => {
    expect(index.idf('support')).toBeGreaterThan(index.idf('software'));
  });

  it('breaks ties in document order', () => {
    const tie = new Bm25Index([
      { id: 'b', text: 'snow clearing' },
      { id: 'a', text: 'snow clearing' },
    ]);
    expect(tie.rank('snow')).toEqual(['b', 'a']);
  });
});
