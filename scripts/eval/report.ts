import { EvalQuery, ndcgAtK, summarize } from '@navet/matching';
import { blendRank } from './baselines';
import { bootstrapInterval, Interval, withinNoise } from './bootstrap';
import type { FoldResult, RankedCase } from './fold-run';
import { PROTOCOL } from './protocol';

export interface MethodMetrics {
  hitAt10: number;
  mrr: number;
  ndcgAt10: number;
  coverage: number;
}

/** The `--json` file. */
export interface EvalReport {
  protocol: typeof PROTOCOL;
  queries: number;
  poolSize: number;
  seconds: number;
  system: MethodMetrics;
  baselines: { cpv: MethodMetrics; text: MethodMetrics; blend: MethodMetrics };
  /** Bootstrap 95% intervals of nDCG@10 over queries (bootstrap.ts). */
  noise: NoiseReport;
  /** The system's stored suggestions over all queries: evidence share (must be 1) and the precision proxy. */
  suggestions: { total: number; evidenceShare: number; proxyShare: number };
}

export interface NoiseReport {
  system: Interval;
  /** The better of the two protocol baselines by nDCG@10. */
  best: 'cpv' | 'text';
  bestBaseline: Interval;
  blend: Interval;
  /** Paired over the same resampled queries: system minus the better baseline, and minus the blend. */
  difference: Interval;
  blendDifference: Interval;
}

export type Method = 'system' | 'cpv' | 'text' | 'blend';

/** A method's ranking of one case; the blend is fused from the two baselines' rankings. */
export const rankingOf = (c: RankedCase, method: Method): readonly string[] =>
  method === 'blend' ? blendRank(c.cpv, c.text) : c[method];

/** nDCG@10 of each query of both folds, in fold then case order (the bootstrap pairs these). */
export function perQueryNdcg(folds: readonly FoldResult[], method: Method): number[] {
  return folds.flatMap((f) => f.cases.map((c) => ndcgAtK(rankingOf(c, method), c.relevant, 10)));
}

export function noiseReport(folds: readonly FoldResult[], cpv: MethodMetrics, text: MethodMetrics): NoiseReport {
  const best = cpv.ndcgAt10 >= text.ndcgAt10 ? 'cpv' : 'text';
  const [system, baseline, blend] = (['system', best, 'blend'] as const).map((m) => perQueryNdcg(folds, m));
  const minus = (v: readonly number[]) => v[0]! - v[1]!;
  return {
    system: bootstrapInterval([system!]),
    best,
    bestBaseline: bootstrapInterval([baseline!]),
    blend: bootstrapInterval([blend!]),
    difference: bootstrapInterval([system!, baseline!], minus),
    blendDifference: bootstrapInterval([system!, blend!], minus),
  };
}

/**
 * Metrics over the queries of both folds. Each fold has its own pool (the other fold's train
 * profiles), so a supplier is qualified by its fold: the pool size is the sum of both folds' pools
 * and coverage counts the distinct (fold, supplier) pairs seen in any top 10 over that sum.
 */
export function methodMetrics(folds: readonly FoldResult[], method: Method): MethodMetrics {
  const queries: EvalQuery[] = folds.flatMap((f) =>
    f.cases.map((c) => ({
      ranked: rankingOf(c, method).map((id) => `${f.fold}|${id}`),
      relevant: c.relevant.map((id) => `${f.fold}|${id}`),
    })),
  );
  const { hitAt10, mrr, ndcgAt10, coverage } = summarize(queries, poolSize(folds));
  return { hitAt10, mrr, ndcgAt10, coverage };
}

export const poolSize = (folds: readonly FoldResult[]): number => folds.reduce((s, f) => s + f.poolSize, 0);

export function buildReport(folds: readonly FoldResult[], seconds: number): EvalReport {
  const cpv = methodMetrics(folds, 'cpv');
  const text = methodMetrics(folds, 'text');
  return {
    protocol: PROTOCOL,
    queries: folds.reduce((s, f) => s + f.cases.length, 0),
    poolSize: poolSize(folds),
    seconds: Math.round(seconds * 10) / 10,
    system: methodMetrics(folds, 'system'),
    baselines: { cpv, text, blend: methodMetrics(folds, 'blend') },
    noise: noiseReport(folds, cpv, text),
    suggestions: suggestionEvidence(folds),
  };
}

export function suggestionEvidence(folds: readonly FoldResult[]): EvalReport['suggestions'] {
  const all = folds.flatMap((f) => f.cases.map((c) => c.evidence));
  const total = all.reduce((s, e) => s + e.suggestions, 0);
  const share = (n: number) => (total ? Math.round((n / total) * 1000) / 1000 : 1);
  return {
    total,
    evidenceShare: share(all.reduce((s, e) => s + e.withEvidence, 0)),
    proxyShare: share(all.reduce((s, e) => s + e.proxy, 0)),
  };
}

export const TARGET_GAIN = 0.1;
export const TARGET_COVERAGE = 0.2;

/** Issue 10's targets, each with whether it holds. */
export function targetChecks(r: Pick<EvalReport, 'system' | 'baselines'>): { name: string; met: boolean }[] {
  const { system: s, baselines: b } = r;
  const better = Math.max(b.cpv.ndcgAt10, b.text.ndcgAt10);
  return [
    { name: `nDCG@10 >= ${1 + TARGET_GAIN}x better baseline`, met: s.ndcgAt10 >= (1 + TARGET_GAIN) * better },
    { name: 'MRR not below either baseline', met: s.mrr >= Math.max(b.cpv.mrr, b.text.mrr) },
    { name: 'Hit@10 not below either baseline', met: s.hitAt10 >= Math.max(b.cpv.hitAt10, b.text.hitAt10) },
    { name: 'nDCG@10 above the blend', met: s.ndcgAt10 > b.blend.ndcgAt10 },
    { name: `coverage >= ${TARGET_COVERAGE}`, met: s.coverage >= TARGET_COVERAGE },
  ];
}

const signed = (v: number, digits = 3) => `${v >= 0 ? '+' : ''}${v.toFixed(digits)}`;
const interval = (i: Interval) => `${i.mean.toFixed(3)} [${i.lo.toFixed(3)}, ${i.hi.toFixed(3)}]`;
const difference = (i: Interval) =>
  `${signed(i.mean)} [${signed(i.lo)}, ${signed(i.hi)}]${withinNoise(i) ? ' (within noise)' : ''}`;

/** The readable table, the bootstrap intervals and the target check. */
export function formatReport(r: EvalReport, systemName = 'system'): string {
  const f = (v: number) => v.toFixed(3).padStart(8);
  const row = (name: string, m: MethodMetrics) => `${name.padEnd(16)}${f(m.hitAt10)}${f(m.mrr)}${f(m.ndcgAt10)}${f(m.coverage)}`;
  const best = r.baselines.cpv.ndcgAt10 >= r.baselines.text.ndcgAt10 ? r.baselines.cpv : r.baselines.text;
  const gain = best.ndcgAt10 > 0 ? (r.system.ndcgAt10 / best.ndcgAt10 - 1) * 100 : Infinity;
  const checks = targetChecks(r);
  const missed = checks.filter((c) => !c.met).map((c) => c.name);
  return [
    `${r.protocol}: ${r.queries} queries, pool ${r.poolSize} profiles (both folds), ${r.seconds.toFixed(1)} s`,
    `${'method'.padEnd(16)}${'Hit@10'.padStart(8)}${'MRR'.padStart(8)}${'nDCG@10'.padStart(8)}${'cover'.padStart(8)}`,
    row(systemName, r.system),
    row('baseline cpv', r.baselines.cpv),
    row('baseline text', r.baselines.text),
    row('baseline blend', r.baselines.blend),
    `stored suggestions ${r.suggestions.total}: topical evidence ${(r.suggestions.evidenceShare * 100).toFixed(1)}%, ` +
      `CPV division or text >= floor ${(r.suggestions.proxyShare * 100).toFixed(1)}%`,
    ...(r.queries === 0
      ? ['no queries (no award of that country qualifies under the protocol): nothing to compare']
      : [
          `nDCG@10, bootstrap 95% over queries: ${systemName} ${interval(r.noise.system)}, ` +
            `${r.noise.best} ${interval(r.noise.bestBaseline)}, blend ${interval(r.noise.blend)}`,
          `  ${systemName} - ${r.noise.best}: ${difference(r.noise.difference)}; ${systemName} - blend: ${difference(r.noise.blendDifference)}`,
          `nDCG@10 vs better baseline: ${signed(gain, 1)}%; ` +
            (missed.length ? `target NOT met (${missed.join('; ')})` : 'targets met'),
        ]),
  ].join('\n');
}
