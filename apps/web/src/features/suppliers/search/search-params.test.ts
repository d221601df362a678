import { describe, expect, it } from 'vitest';
import { readSearch, toggleFilter, toVariables, writeSearch } from './search-params';

describe('supplier search URL state', () => {
  it('round-trips query, filters and page through the URL', () => {
    const s = readSearch(new URLSearchParams('q=sensor&focus=HEALTH_AND_CARE&size=SMALL&region=SE110&cpv=72&page=3'));
    expect(s).toEqual({
      query: 'sensor',
      focusAreas: ['HEALTH_AND_CARE'],
      companySizes: ['SMALL'],
      regionCodes: ['SE110'],
      cpvPrefixes: ['72'],
      page: 3,
    });
    expect(readSearch(writeSearch(s))).toEqual(s);
  });
  it('ignores values the API would refuse', () => {
    const s = readSearch(new URLSearchParams('focus=NOPE&size=HUGE&cpv=x1&page=-2'));
    expect(s.focusAreas).toEqual([]);
    expect(s.companySizes).toEqual([]);
    expect(s.cpvPrefixes).toEqual([]);
    expect(s.page).toBe(1);
  });
  it('a filter change goes back to page 1; empty filters are left out of the request', () => {
    const s = toggleFilter(readSearch(new URLSearchParams('page=4')), 'focusAreas', 'ENERGY', true);
    expect(s.page).toBe(1);
    expect(toggleFilter(s, 'focusAreas', 'ENERGY', false).focusAreas).toEqual([]);
    const v = toVariables({ ...s, query: '  ' });
    expect(v.query).toBeUndefined();
    expect(v.filter).toEqual({ focusAreas: ['ENERGY'], companySizes: undefined, regionCodes: undefined, cpvPrefixes: undefined });
    expect(writeSearch(s).toString()).toBe('focus=ENERGY');
  });
});
