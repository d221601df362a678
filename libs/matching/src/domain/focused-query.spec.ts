import { focusedQuery, MAX_QUERY_WORDS } from './focused-query';

describe('focusedQuery', () => {
  it('keeps the title first, then the CPV label words, within the engine word cap', () => {
    const q = focusedQuery({
      primary: ['Eldrivna arbetsmaskiner för parkförvaltningen'],
      labels: ['Elfordon', 'Motorfordon'],
      body: ['En mycket lång beskrivning '.repeat(40)],
    });
    expect(q.split(' ').slice(0, 5)).toEqual(['eldrivna', 'arbetsmaskiner', 'parkförvaltningen', 'elfordon', 'motorfordon']);
    expect(q.split(' ').length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
  });

  it('picks the most repeated words of a long description instead of its first words', () => {
    const q = focusedQuery({
      primary: ['Bokning'],
      labels: [],
      body: ['Inledningsvis vill vi berätta. Lokalbokning ska vara enkel. Lokalbokning för föreningar. Lokalbokning i appen.'],
    });
    expect(q.split(' ')[1]).toBe('lokalbokning');
  });

  it('drops stop words and duplicates', () => {
    expect(focusedQuery({ primary: ['Vi söker och vi söker'], labels: ['söker'], body: [] })).toBe('söker');
  });
});
