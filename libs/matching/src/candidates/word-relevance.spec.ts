import { localWordMatcher, queryWords, wordCoverage, wordIdf } from './word-relevance';

describe('word relevance', () => {
  const stats = [
    { word: 'propofol', docFreq: 2 },
    { word: 'supply', docFreq: 900 },
    { word: 'ct2419', docFreq: 0 },
  ];

  it('weighs a word found in fewer profiles higher', () => {
    expect(wordIdf(2, 1000)).toBeGreaterThan(wordIdf(900, 1000));
  });

  it('scores a profile by the IDF share of the query words it contains', () => {
    const rare = wordCoverage(stats, new Set(['propofol']), 1000);
    const common = wordCoverage(stats, new Set(['supply']), 1000);
    expect(rare).toBeGreaterThan(common);
    expect(common).toBeGreaterThan(0);
    expect(wordCoverage(stats, new Set(['propofol', 'supply']), 1000)).toBeCloseTo(1);
  });

  it('ignores words no profile contains, so one odd word cannot sink every score', () => {
    expect(wordCoverage(stats, new Set(['propofol', 'supply']), 1000)).toBe(1);
    expect(wordCoverage([{ word: 'x', docFreq: 0 }], new Set(['x']), 10)).toBe(0);
  });

  it('splits a focused query into distinct words', () => {
    expect(queryWords(' tender  supply tender ')).toEqual(['tender', 'supply']);
  });
});

describe('localWordMatcher', () => {
  const has = localWordMatcher(['laddning', 'elfordon', 'hemtjänsten', 'åkeri']);

  it('matches a word equal to a token or beginning one', () => {
    expect(has('laddning')).toBe(true);
    expect(has('hemtjänst')).toBe(true);
    expect(has('elfordon')).toBe(true);
  });

  it('does not match inside a token, a longer word, or a folded letter', () => {
    expect(has('fordon')).toBe(false);
    expect(has('laddningar')).toBe(false);
    expect(has('akeri')).toBe(false);
    expect(localWordMatcher([])('x')).toBe(false);
  });
});
