import { describe, expect, it } from 'vitest';
import { chartRows, filtersFromParams, filtersToParams, funnelCsvUrl, funnelVariables, type FunnelRow } from './funnel';

const row = (group: string, published: number): FunnelRow => ({
  group,
  published,
  withSuggestions: 0,
  withInterest: 0,
  connected: 0,
  inDialogue: 0,
  procured: 0,
});

describe('funnel filters in the URL', () => {
  it('reads known values and falls back for the rest', () => {
    expect(filtersFromParams(new URLSearchParams('groupBy=MONTH&from=2026-01-01&to=bad'))).toEqual({
      groupBy: 'MONTH',
      from: '2026-01-01',
      to: '',
    });
    expect(filtersFromParams(new URLSearchParams('groupBy=NOPE')).groupBy).toBe('FOCUS_AREA');
  });

  it('round-trips and leaves empty dates out; the CSV gets the same parameters', () => {
    const f = { groupBy: 'REGION' as const, from: '2026-01-01', to: '' };
    expect(filtersToParams(f).toString()).toBe('groupBy=REGION&from=2026-01-01');
    expect(filtersFromParams(filtersToParams(f))).toEqual(f);
    expect(funnelCsvUrl(f)).toBe('/stats/funnel.csv?groupBy=REGION&from=2026-01-01');
  });

  it('sends dates as the start of the day in UTC, none as null', () => {
    expect(funnelVariables({ groupBy: 'MONTH', from: '2026-01-01', to: '' })).toEqual({
      groupBy: 'MONTH',
      from: '2026-01-01T00:00:00.000Z',
      to: null,
    });
  });
});

describe('chartRows', () => {
  it('keeps the largest groups, ties by name', () => {
    const rows = [row('b', 1), row('a', 5), row('c', 5), row('d', 3)];
    expect(chartRows(rows, 'REGION', 3).map((r) => r.group)).toEqual(['a', 'c', 'd']);
  });

  it('keeps months in time order, the latest ones', () => {
    const rows = [row('2026-03', 1), row('2026-01', 9), row('2026-02', 2)];
    expect(chartRows(rows, 'MONTH', 2).map((r) => r.group)).toEqual(['2026-02', '2026-03']);
  });
});
