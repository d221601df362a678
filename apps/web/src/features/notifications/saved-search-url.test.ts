import { describe, expect, it } from 'vitest';
import { draftFromUrl, savedSearchUrl } from './saved-search-url';

describe('saved search from the needs search URL', () => {
  it('round-trips the filters and names the search after the query', () => {
    const url = savedSearchUrl('/supplier/saved-searches', {
      query: 'laddning',
      cpvCodes: ['34144900-7'],
      regionCodes: ['SE11', 'SE12'],
      focusAreas: ['ENERGY'],
    });
    const d = draftFromUrl(new URL(url, 'http://x').searchParams);
    expect(d).toEqual({
      name: 'laddning',
      query: 'laddning',
      cpvCodes: ['34144900-7'],
      regionCodes: ['SE11', 'SE12'],
      focusAreas: ['ENERGY'],
    });
  });
  it('ignores unknown focus areas and gives a bare path without filters', () => {
    expect(draftFromUrl(new URLSearchParams('focus=NOPE')).focusAreas).toEqual([]);
    expect(savedSearchUrl('/s', { query: '', cpvCodes: [], regionCodes: [], focusAreas: [] })).toBe('/s');
  });
});
