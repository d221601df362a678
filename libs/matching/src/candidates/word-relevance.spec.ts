import {
  queryWords,
  TEXT_REFERENCE_WORDS,
  termFrequencies,
  termWeight,
  wordCoverage,
  wordIdf,
  wordRelevance,
  wordsFound,
} from './word-relevance';

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

describe('BM25-saturated relevance', () => {
  const stats = [
    { word: 'propofol', docFreq: 2 },
    { word: 'supply', docFreq: 900 },
    { word: 'ct2419', docFreq: 0 },
  ];
  const tf = (entries: [string, number][]) => new Map(entries);

  it('counts one occurrence fully in a profile of the reference length or shorter', () => {
    expect(termWeight(1, TEXT_REFERENCE_WORDS)).toBeCloseTo(1, 12);
    expect(termWeight(1, 10)).toBe(1);
    expect(termWeight(0, 10)).toBe(0);
  });

  it('asks a long profile to repeat a word to earn it fully', () => {
    const long = 6 * TEXT_REFERENCE_WORDS;
    expect(termWeight(1, long)).toBeLessThan(0.5);
    expect(termWeight(4, long)).toBeGreaterThan(termWeight(1, long));
    expect(termWeight(50, long)).toBe(1);
  });

  it('equals the IDF coverage for reference-length profiles and never exceeds 1', () => {
    const both = tf([
      ['propofol', 1],
      ['supply', 3],
    ]);
    expect(wordRelevance(stats, both, TEXT_REFERENCE_WORDS, 1000)).toBeCloseTo(
      wordCoverage(stats, new Set(['propofol', 'supply']), 1000),
    );
    expect(wordRelevance(stats, tf([['supply', 1]]), TEXT_REFERENCE_WORDS, 1000)).toBeCloseTo(
      wordCoverage(stats, new Set(['supply']), 1000),
    );
    expect(wordRelevance(stats, both, 10 * TEXT_REFERENCE_WORDS, 1000)).toBeLessThan(wordRelevance(stats, both, 50, 1000));
    expect(wordRelevance([{ word: 'x', docFreq: 0 }], tf([['x', 3]]), 10, 10)).toBe(0);
  });

  it('counts occurrences by the prefix rule of wordsFound', () => {
    const counts = termFrequencies(['laddning', 'el'], ['laddningen', 'laddning', 'elfordon', 'hel', 'laddstolpe']);
    expect(counts).toEqual(
      new Map([
        ['laddning', 2],
        ['el', 1],
      ]),
    );
  });
});
