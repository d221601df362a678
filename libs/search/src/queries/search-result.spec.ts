import { toFacets } from './search-result';

describe('toFacets', () => {
  it('lists every facet field, values by count then value', () => {
    expect(toFacets(['focusAreas', 'readiness'], { focusAreas: { ENERGY: 1, TRANSPORT: 3, EDUCATION: 1 } })).toEqual([
      {
        field: 'focusAreas',
        values: [
          { value: 'TRANSPORT', count: 3 },
          { value: 'EDUCATION', count: 1 },
          { value: 'ENERGY', count: 1 },
        ],
      },
      { field: 'readiness', values: [] },
    ]);
  });

  it('returns empty facets when Meilisearch sends none', () => {
    expect(toFacets(['focusAreas'], undefined)).toEqual([{ field: 'focusAreas', values: [] }]);
  });
});
