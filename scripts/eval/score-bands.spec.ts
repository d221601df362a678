import { bandShares, calibrateBands, ScoredPair, thresholdFor } from './score-bands';

/** n pairs at `score`, `winners` of them winners. */
const at = (score: number, n: number, winners: number): ScoredPair[] =>
  Array.from({ length: n }, (_, i) => ({ score, winner: i < winners }));

describe('score bands', () => {
  const pairs = [...at(0.9, 20, 15), ...at(0.7, 20, 6), ...at(0.55, 40, 8), ...at(0.3, 100, 1)];

  it('puts "strong" at the lowest score whose pairs from there up are winners half the time', () => {
    // >= 0.9: 15/20; >= 0.7: 21/40 (52%); >= 0.55: 29/80 (36%). 0.6 admits the same pairs as 0.7,
    // and the lowest such grid score is taken.
    expect(thresholdFor(pairs, 0.5)).toBe(0.6);
    expect(thresholdFor(pairs, 0.7)).toBe(0.75);
  });

  it('puts "good" below it, by the winner share of its own band', () => {
    // [0.55, 0.6): 8/40 = 20%, down to 0.35 the same pairs; [0.3, 0.6): 9/140.
    expect(calibrateBands(pairs)).toEqual({ strong: 0.6, good: 0.35 });
  });

  it('needs enough pairs: one lucky pair does not set a threshold', () => {
    expect(thresholdFor([...at(0.95, 1, 1), ...at(0.2, 30, 0)], 0.5)).toBeNull();
  });

  it('reports each band with its pairs and winner share', () => {
    const [strong, good, possible] = bandShares(pairs, 0.7, 0.55);
    expect(strong).toMatchObject({ name: 'strong', from: 0.7, to: 1, pairs: 40, winners: 21 });
    expect(good).toMatchObject({ name: 'good', pairs: 40, winners: 8, share: 0.2 });
    expect(possible).toMatchObject({ name: 'possible', from: 0, to: 0.55, pairs: 100, winners: 1 });
  });
});
