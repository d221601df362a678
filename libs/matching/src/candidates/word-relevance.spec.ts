import { queryWords, wordCoverage, wordIdf, wordsFound } from './word-relevance';

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

describe('wordsFound', () => {
  const words = ['laddning', 'elfordon', 'hemtjänsten', 'åkeri'];
  const found = (wanted: string[]) => [...wordsFound(wanted, words)].sort();

  it('finds a word equal to a word of the text or beginning one', () => {
    expect(found(['laddning', 'hemtjänst', 'elfordon'])).toEqual(['elfordon', 'hemtjänst', 'laddning']);
  });

  it('does not find a word inside another, a longer word, or a folded letter', () => {
    expect(found(['fordon', 'laddningar', 'akeri'])).toEqual([]);
    expect([...wordsFound(['x'], [])]).toEqual([]);
  });
});
