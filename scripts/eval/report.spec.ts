import { EvalReport, formatReport } from './report';

const metrics = (ndcgAt10: number, hitAt10: number) => ({ hitAt10, mrr: 0.5, ndcgAt10, coverage: 0.2 });
const report = (over: Partial<EvalReport>): EvalReport => ({
  protocol: 'match-eval-v1',
  queries: 112,
  poolSize: 3342,
  seconds: 20,
  system: metrics(0.77, 0.88),
  baselines: { cpv: metrics(0.55, 0.7), text: metrics(0.68, 0.78) },
  suggestions: { total: 2000, evidenceShare: 1, proxyShare: 0.995 },
  ...over,
});

describe('formatReport', () => {
  it('compares the system with the better baseline', () => {
    expect(formatReport(report({}))).toContain('nDCG@10 vs better baseline: +13.2%; Hit@10 not lower -> target met');
    expect(formatReport(report({ system: metrics(0.7, 0.9) }))).toContain('target NOT met');
  });

  it('reports the share of stored suggestions with topical evidence', () => {
    expect(formatReport(report({}))).toContain(
      'stored suggestions 2000: topical evidence 100.0%, CPV division or text >= floor 99.5%',
    );
  });

  it('says there is nothing to compare when no query qualifies', () => {
    const zero = metrics(0, 0);
    const text = formatReport(report({ queries: 0, system: zero, baselines: { cpv: zero, text: zero } }));
    expect(text).toContain('no queries');
    expect(text).not.toContain('target met');
  });
});
