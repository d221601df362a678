import { describe, expect, it } from 'vitest';
import { percent, rankComponents } from './score-components';

describe('score components', () => {
  it('orders signals by contribution and gives each one its share of the score', () => {
    const ranked = rankComponents(
      [
        { signal: 'REGION', value: 1, weight: 0.1, contribution: 0.1, detail: 'SE1 covers SE110' },
        { signal: 'TEXT', value: 0.6, weight: 0.5, contribution: 0.3, detail: 'words' },
      ],
      0.4,
    );
    expect(ranked.map((c) => c.signal)).toEqual(['TEXT', 'REGION']);
    expect(ranked[0]?.share).toBeCloseTo(0.75);
    expect(ranked[1]?.share).toBeCloseTo(0.25);
  });
  it('gives no share of a zero score and shows percentages clamped to 0..100', () => {
    expect(rankComponents([{ signal: 'CPV', value: 0, weight: 0.2, contribution: 0, detail: '' }], 0)[0]?.share).toBe(0);
    expect(percent(0.456)).toBe('46 %');
    expect(percent(1.2)).toBe('100 %');
  });
});
