import { describe, expect, it } from 'vitest';
import { cpvPrefix, readSearch, toFilter, toggleValue, writeSearch } from './search-params';

describe('needs search in the URL', () => {
  it('reads what it wrote, with repeated keys for lists', () => {
    const params = new URLSearchParams(
      'q=vatten&focus=ENERGY&focus=TRANSPORT&region=SE1&cpv=45&readiness=MARKET_READY&page=3&sort=NEWEST',
    );
    const state = readSearch(params);
    expect(state).toEqual({
      query: 'vatten',
      focusAreas: ['ENERGY', 'TRANSPORT'],
      regionCodes: ['SE1'],
      cpvPrefixes: ['45'],
      readiness: ['MARKET_READY'],
      sort: 'NEWEST',
      page: 3,
    });
    expect(readSearch(writeSearch(state))).toEqual(state);
  });

  it('defaults: empty URL, page 1, relevance; junk is ignored', () => {
    expect(writeSearch(readSearch(new URLSearchParams('page=-2&sort=nope'))).toString()).toBe('');
  });

  it('a toggled filter goes back to page 1 and leaves the others', () => {
    const state = readSearch(new URLSearchParams('focus=ENERGY&page=4'));
    const on = toggleValue(state, 'focusAreas', 'FOOD');
    expect(on.focusAreas).toEqual(['ENERGY', 'FOOD']);
    expect(on.page).toBe(1);
    expect(toggleValue(on, 'focusAreas', 'ENERGY').focusAreas).toEqual(['FOOD']);
  });

  it('sends only the filters that are set', () => {
    expect(toFilter(readSearch(new URLSearchParams('q=x')))).toBeUndefined();
    expect(toFilter(readSearch(new URLSearchParams('cpv=45&region=SE')))).toEqual({ cpvPrefixes: ['45'], regionCodes: ['SE'] });
  });

  it('turns a CPV code into the prefix the search filters on', () => {
    expect(cpvPrefix('45100000-8')).toBe('451');
    expect(cpvPrefix('45000000-7')).toBe('45');
    expect(cpvPrefix('03000000-1')).toBe('03');
    expect(cpvPrefix('72212100-0')).toBe('722121');
  });
});
