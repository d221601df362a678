import { describe, expect, it } from 'vitest';
import { comparisonRows, formatFigure } from './comparison';

const active = { ndcgAt10: 0.5, mrr: 0.4, hitAt10: 0.7, coverage: 0.3, evaluatedNeeds: 150 };

describe('comparisonRows', () => {
  it('gives one row per metric with candidate minus active and the trend', () => {
    const rows = comparisonRows({ ndcgAt10: 0.55, mrr: 0.4, hitAt10: 0.6, coverage: 0.3, evaluatedNeeds: 150 }, active);
    expect(rows.map((r) => r.metric)).toEqual(['ndcgAt10', 'mrr', 'hitAt10', 'coverage', 'evaluatedNeeds']);
    const byMetric = Object.fromEntries(rows.map((r) => [r.metric, r]));
    expect(byMetric.ndcgAt10).toMatchObject({ candidate: 0.55, active: 0.5, trend: 'better' });
    expect(byMetric.ndcgAt10?.difference).toBeCloseTo(0.05);
    expect(byMetric.mrr?.trend).toBe('same');
    expect(byMetric.hitAt10?.trend).toBe('worse');
    expect(byMetric.evaluatedNeeds).toMatchObject({ difference: 0, trend: 'neutral' });
  });
});

describe('formatFigure', () => {
  it('shows rates with three decimals and counts as integers', () => {
    expect(formatFigure('mrr', 0.12345, false, 'en')).toBe('0.123');
    expect(formatFigure('evaluatedNeeds', 150, false, 'en')).toBe('150');
  });
  it('signs a difference, but not one that rounds to zero', () => {
    expect(formatFigure('mrr', 0.05, true, 'en')).toBe('+0.050');
    expect(formatFigure('mrr', -0.05, true, 'en')).toBe('-0.050');
    expect(formatFigure('mrr', 0.00001, true, 'en')).toBe('0.000');
  });
});
