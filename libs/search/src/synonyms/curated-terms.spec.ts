import curatedFile from '../../data/curated-synonyms.json';
import { curatedGroups } from './curated-terms';

describe('curatedGroups', () => {
  it('turns each entry into one group of normalized terms in both languages', () => {
    expect(curatedGroups({ groups: [{ sv: ['Äldreboende', 'E-tjänster'], en: ['Nursing  home'] }] })).toEqual([
      ['äldreboende', 'e tjänster', 'nursing home'],
    ]);
  });

  it('fails loudly on a malformed file', () => {
    expect(() => curatedGroups({})).toThrow(/groups/);
    expect(() => curatedGroups({ groups: [{ sv: ['elbil'] }] })).toThrow(/group 0/);
    expect(() => curatedGroups({ groups: [{ sv: ['elbil'], en: [''] }] })).toThrow(/1 to 4 words/);
    expect(() => curatedGroups({ groups: [{ sv: ['a b c d e'], en: ['x'] }] })).toThrow(/1 to 4 words/);
  });

  it('accepts the shipped file', () => {
    const groups = curatedGroups(curatedFile);
    expect(groups.length).toBeGreaterThan(30);
    expect(groups.find((g) => g.includes('ev'))).toEqual(expect.arrayContaining(['elbil', 'electric vehicles']));
  });
});
