import { toTsQuery } from './pg-baseline';

describe('toTsQuery', () => {
  it('ANDs the words and treats the last one as a prefix, like search-as-you-type', () => {
    expect(toTsQuery('Snöröjning Umeå')).toBe('snöröjning & umeå:*');
    expect(toTsQuery('vård')).toBe('vård:*');
  });

  it('drops tsquery operators so a query cannot break the statement', () => {
    expect(toTsQuery("a & b | !c ('d')")).toBe('a & b & c & d:*');
    expect(toTsQuery('  ')).toBe('');
  });
});
