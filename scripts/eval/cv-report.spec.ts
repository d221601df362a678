import { crossValidate } from './cross-validation';
import { buildCvReport, formatCvReport } from './cv-report';
import type { FoldResult, RankedCase } from './fold-run';

const U = 10_000;
const cand = (identity: string, text: number, cpv: number) => ({
  supplierId: identity.toLowerCase(),
  identity,
  values: [text * U, cpv * U, 0, U / 2, U / 2, U / 2],
});
const kase = (country: string, i: number): RankedCase => ({
  noticeId: `${country}-${i}`,
  relevant: ['W'],
  system: ['W'],
  cpv: ['L', 'W'],
  text: ['W', 'L'],
  evidence: { suggestions: 2, withEvidence: 2, proxy: 2 },
  country,
  candidates: [cand('W', 0.9, 0.6), cand('L', 0.3, 0.8)],
});

describe('the --cv country report', () => {
  const cases = [...Array.from({ length: 10 }, (_, i) => kase('DE', i)), kase('SE', 0), kase('FI', 0)];
  const folds: FoldResult[] = [{ fold: 0, poolSize: 2, skipped: [], cases }];
  const report = buildCvReport(folds, crossValidate(folds), 1);

  it('reports countries with enough queries alone and the rest together', () => {
    expect(report.groups.map((g) => [g.countries, g.queries])).toEqual([
      [['DE'], 10],
      [['FI', 'SE'], 2],
    ]);
    const text = formatCvReport(report);
    expect(text).toMatch(/^DE\s+10\s+1\.000/m);
    expect(text).toMatch(/^2 others \(<10 each\)\s+2/m);
    expect(text).toContain('leave-one-country-out over 12 queries');
  });

  it('pools the cross-validated rankings against all three baselines', () => {
    expect(report.pooled.system.ndcgAt10).toBe(1);
    expect(report.pooled.baselines.cpv.ndcgAt10).toBeCloseTo(1 / Math.log2(3));
    expect(formatCvReport(report)).toContain('navet (cv)');
    expect(formatCvReport(report)).toMatch(/baseline blend/);
  });

  it('states the winner share of each score band', () => {
    const [strong] = report.bands.current;
    // W scores 0.35*0.9 + 0.2*0.6 + 0.1 (neutral signals) = 0.535: a good match, always the winner.
    expect(strong).toMatchObject({ name: 'strong', pairs: 0 });
    expect(report.bands.current[1]).toMatchObject({ name: 'good', pairs: 12, winners: 12 });
    expect(formatCvReport(report)).toContain('good [0.50, 0.75) 12/12 winners (100.0%)');
  });
});
