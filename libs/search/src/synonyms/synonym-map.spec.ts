import { buildSynonymMap, MAX_SYNONYMS_PER_TERM } from './synonym-map';

describe('buildSynonymMap', () => {
  it('makes every term of a group a synonym of the others, earlier groups first', () => {
    const map = buildSynonymMap([
      ['ev', 'elbil', 'electric vehicle'],
      ['elbil', 'electric car'],
    ]);
    expect(map.get('ev')).toEqual(['elbil', 'electric vehicle']);
    expect(map.get('elbil')).toEqual(['ev', 'electric vehicle', 'electric car']);
    expect(map.get('electric car')).toEqual(['elbil']);
    expect([...map.keys()]).toEqual(['elbil', 'electric car', 'electric vehicle', 'ev']);
  });

  it('never makes a key of more than three words (Meilisearch-style lookups stop there)', () => {
    const map = buildSynonymMap([['vård', 'care of the elderly people']]);
    expect(map.get('vård')).toEqual(['care of the elderly people']);
    expect(map.has('care of the elderly people')).toBe(false);
  });

  it('caps the synonyms of a term, keeping the first', () => {
    const many = Array.from({ length: 80 }, (_, i) => ['term', `other${String(i).padStart(2, '0')}`]);
    const synonyms = buildSynonymMap(many).get('term')!;
    expect(synonyms).toHaveLength(MAX_SYNONYMS_PER_TERM);
    expect(synonyms[0]).toBe('other00');
  });
});
