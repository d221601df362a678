import type { FoldResult, RankedCase } from './fold-run';
import { buildReport, EvalReport, formatReport, perQueryNdcg, targetChecks } from './report';

const metrics = (ndcgAt10: number, hitAt10: number, mrr = 0.5, coverage = 0.2) => ({ hitAt10, mrr, ndcgAt10, coverage });
const interval = (mean: number, lo: number, hi: number) => ({ mean, lo, hi });
const report = (over: Partial<EvalReport>): EvalReport => ({
  protocol: 'match-eval-v1',
  queries: 112,
  poolSize: 3342,
  seconds: 20,
  system: metrics(0.77, 0.88),
  baselines: { cpv: metrics(0.55, 0.7), text: metrics(0.68, 0.78), blend: metrics(0.7, 0.8) },
  noise: {
    system: interval(0.77, 0.7, 0.84),
    best: 'text',
    bestBaseline: interval(0.68, 0.6, 0.76),
    blend: interval(0.7, 0.62, 0.78),
    difference: interval(0.09, 0.03, 0.15),
    blendDifference: interval(0.07, -0.01, 0.14),
  },
  suggestions: { total: 2000, evidenceShare: 1, proxyShare: 0.995 },
  ...over,
});

const kase = (over: Partial<RankedCase>): RankedCase => ({
  noticeId: 'n',
  relevant: ['A'],
  system: [],
  cpv: [],
  text: [],
  evidence: { suggestions: 0, withEvidence: 0, proxy: 0 },
  country: 'DE',
  candidates: [],
  ...over,
});

describe('formatReport', () => {
  it('compares the system with the better baseline and the blend', () => {
    expect(formatReport(report({}))).toContain('nDCG@10 vs better baseline: +13.2%; targets met');
    const low = formatReport(report({ system: metrics(0.7, 0.9) }));
    expect(low).toContain('target NOT met (nDCG@10 >= 1.1x better baseline; nDCG@10 above the blend)');
  });

  it('names every missed target: MRR, Hit@10, the blend and coverage', () => {
    const r = report({ system: metrics(0.69, 0.7, 0.4, 0.1) });
    expect(
      targetChecks(r)
        .filter((c) => !c.met)
        .map((c) => c.name),
    ).toEqual([
      'nDCG@10 >= 1.1x better baseline',
      'MRR not below either baseline',
      'Hit@10 not below either baseline',
      'nDCG@10 above the blend',
      'coverage >= 0.2',
    ]);
  });

  it('prints the intervals and says when a difference is within noise', () => {
    const text = formatReport(report({}));
    expect(text).toContain('system 0.770 [0.700, 0.840], text 0.680 [0.600, 0.760], blend 0.700 [0.620, 0.780]');
    expect(text).toContain('system - text: +0.090 [+0.030, +0.150]; system - blend: +0.070 [-0.010, +0.140] (within noise)');
  });

  it('reports the share of stored suggestions with topical evidence', () => {
    expect(formatReport(report({}))).toContain(
      'stored suggestions 2000: topical evidence 100.0%, CPV division or text >= floor 99.5%',
    );
  });

  it('says there is nothing to compare when no query qualifies', () => {
    const zero = metrics(0, 0);
    const text = formatReport(report({ queries: 0, system: zero, baselines: { cpv: zero, text: zero, blend: zero } }));
    expect(text).toContain('no queries');
    expect(text).not.toContain('targets met');
  });
});

describe('buildReport', () => {
  const folds: FoldResult[] = [
    {
      fold: 0,
      poolSize: 3,
      skipped: [],
      cases: [
        kase({ relevant: ['A'], system: ['A', 'B'], cpv: ['B', 'A'], text: ['C', 'B'] }),
        kase({ relevant: ['B'], system: ['C', 'B'], cpv: ['B'], text: ['B', 'C'] }),
      ],
    },
  ];

  it('ranks the blend from both baselines and pairs the per-query figures', () => {
    const r = buildReport(folds, 1);
    // Query 1: B (cpv 1, text 2) > C (text 1 only) > A (cpv 2 only): the winner A is third.
    expect(perQueryNdcg(folds, 'blend')[0]).toBeCloseTo(0.5);
    expect(perQueryNdcg(folds, 'system')).toEqual([1, 1 / Math.log2(3)]);
    expect(r.baselines.blend.hitAt10).toBe(1);
    expect(r.noise.best).toBe('cpv');
    expect(r.noise.system.mean).toBeCloseTo((1 + 1 / Math.log2(3)) / 2);
    expect(r.noise.difference.lo).toBeLessThanOrEqual(r.noise.difference.mean);
  });
});
