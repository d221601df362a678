import { quote } from './filter-expression';
import { needFilter, supplierFilter } from './search-filters';

describe('needFilter', () => {
  it('is undefined when nothing constrains the search', () => {
    expect(needFilter(undefined)).toBeUndefined();
    expect(needFilter({})).toBeUndefined();
    expect(needFilter({ cpvPrefixes: [], regionCodes: null, buyerId: null })).toBeUndefined();
  });

  it('ORs within a field and ANDs across fields', () => {
    expect(needFilter({ cpvPrefixes: ['34', '3414'], focusAreas: ['TRANSPORT', 'ENERGY'], readiness: ['MARKET_READY'] })).toBe(
      '(cpvPrefixes IN ["34", "3414"]) AND (focusAreas IN ["TRANSPORT", "ENERGY"]) AND (readiness IN ["MARKET_READY"])',
    );
  });

  it('matches regions by overlap in both directions', () => {
    expect(needFilter({ regionCodes: ['SE110'] })).toBe(
      'regionPrefixes = "SE110" OR regionCodes IN ["SE", "SE1", "SE11", "SE110"]',
    );
    expect(needFilter({ regionCodes: ['SE1', 'se332'] })).toBe(
      '(regionPrefixes = "SE1" OR regionCodes IN ["SE", "SE1"]) OR (regionPrefixes = "SE332" OR regionCodes IN ["SE", "SE3", "SE33", "SE332"])',
    );
  });

  it('filters by buyer, with the id quoted', () => {
    expect(needFilter({ buyerId: 'abc', cpvPrefixes: ['72'] })).toBe('(cpvPrefixes IN ["72"]) AND (buyerId = "abc")');
  });

  it('drops duplicate and blank values', () => {
    expect(needFilter({ cpvPrefixes: ['34', ' 34 ', ''] })).toBe('cpvPrefixes IN ["34"]');
  });
});

describe('supplierFilter', () => {
  it('filters by company size, region and CPV', () => {
    expect(supplierFilter({ companySizes: ['MICRO', 'SMALL'], regionCodes: ['SE2'], cpvPrefixes: ['31'] })).toBe(
      '(cpvPrefixes IN ["31"]) AND (regionPrefixes = "SE2" OR regionCodes IN ["SE", "SE2"]) AND (companySize IN ["MICRO", "SMALL"])',
    );
  });
});

describe('quote', () => {
  it('escapes quotes and backslashes so a value cannot end the literal', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(needFilter({ buyerId: '" OR buyerId EXISTS OR "' })).toBe('buyerId = "\\" OR buyerId EXISTS OR \\""');
  });
});
