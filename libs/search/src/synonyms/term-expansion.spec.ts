import { buildSynonymMap } from './synonym-map';
import { equivalentTerms } from './term-expansion';

const map = buildSynonymMap([
  ['elbil', 'elbilar', 'ev', 'electric vehicles'],
  ['laddning', 'charging'],
  ['äldreboende', 'äldreboenden', 'nursing home', 'nursing homes'],
  ['nursing', 'omvårdnad'],
]);

describe('equivalentTerms', () => {
  it('finds the other language’s words for one- to three-word runs of the texts, first text first', () => {
    expect(equivalentTerms(map, ['Laddning av elbilar', 'Nursing home'])).toEqual([
      'charging',
      'elbil',
      'ev',
      'electric vehicles',
      'omvårdnad',
      'äldreboende',
      'äldreboenden',
      'nursing homes',
    ]);
  });

  it('leaves out terms the texts contain already', () => {
    expect(equivalentTerms(map, ['Elbil eller EV'])).toEqual(['elbilar', 'electric vehicles']);
  });

  it('stops at the cap', () => {
    expect(equivalentTerms(map, ['laddning elbil'], 2)).toEqual(['charging', 'elbilar']);
  });

  it('is safe with words that are names on a plain object', () => {
    expect(equivalentTerms(map, ['constructor toString __proto__'])).toEqual([]);
  });
});
