import { EvalQuery, summarize } from '@navet/matching';
import type { FoldResult } from './fold-run';
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
  baselines: { cpv: MethodMetrics; text: MethodMetrics };
  /** The system's stored suggestions over all queries: evidence share (must be 1) and the precision proxy. */
  suggestions: { total: number; evidenceShare: number; proxyShare: number };
}

export type Method = 'system' | 'cpv' | 'text';

/**
 * Metrics over the queries of both folds. Each fold has its own pool (the other fold's train
 * profiles), so a supplier is qualified by its fold: the pool size is the sum of both folds' pools
 * and coverage counts the distinct (fold, supplier) pairs seen in any top 10 over that sum.
 */
export function methodMetrics(folds: readonly FoldResult[], method: Method): MethodMetrics {
  const queries: EvalQuery[] = folds.flatMap((f) =>
    f.cases.map((c) => ({
      ranked: c[method].map((id) => `${f.fold}|${id}`),
      relevant: c.relevant.map((id) => `${f.fold}|${id}`),
    })),
  );
  const { hitAt10, mrr, ndcgAt10, coverage } = summarize(queries, poolSize(folds));
  return { hitAt10, mrr, ndcgAt10, coverage };
}

export const poolSize = (folds: readonly FoldResult[]): number => folds.reduce((s, f) => s + f.poolSize, 0);

export function buildReport(folds: readonly FoldResult[], seconds: number): EvalReport {
  return {
    protocol: PROTOCOL,
    queries: folds.reduce((s, f) => s + f.cases.length, 0),
    poolSize: poolSize(folds),
    seconds: Math.round(seconds * 10) / 10,
    system: methodMetrics(folds, 'system'),
    baselines: { cpv: methodMetrics(folds, 'cpv'), text: methodMetrics(folds, 'text') },
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

/** The readable table, plus the target check (>= 10% nDCG@10 over the better baseline, Hit@10 not lower). */
export function formatReport(r: EvalReport): string {
  const f = (v: number) => v.toFixed(3).padStart(8);
  const row = (name: string, m: MethodMetrics) => `${name.padEnd(16)}${f(m.hitAt10)}${f(m.mrr)}${f(m.ndcgAt10)}${f(m.coverage)}`;
  const best = r.baselines.cpv.ndcgAt10 >= r.baselines.text.ndcgAt10 ? r.baselines.cpv : r.baselines.text;
  const gain = best.ndcgAt10 > 0 ? (r.system.ndcgAt10 / best.ndcgAt10 - 1) * 100 : Infinity;
  const met = gain >= 10 && r.system.hitAt10 >= best.hitAt10;
  return [
    `${r.protocol}: ${r.queries} queries, pool ${r.poolSize} profiles (both folds), ${r.seconds.toFixed(1)} s`,
    `${'method'.padEnd(16)}${'Hit@10'.padStart(8)}${'MRR'.padStart(8)}${'nDCG@10'.padStart(8)}${'cover'.padStart(8)}`,
    row('system', r.system),
    row('baseline cpv', r.baselines.cpv),
    row('baseline text', r.baselines.text),
    `stored suggestions ${r.suggestions.total}: topical evidence ${(r.suggestions.evidenceShare * 100).toFixed(1)}%, ` +
      `CPV division or text >= floor ${(r.suggestions.proxyShare * 100).toFixed(1)}%`,
    r.queries === 0
      ? 'no queries (no award of that country qualifies under the protocol): nothing to compare'
      : `nDCG@10 vs better baseline: ${gain >= 0 ? '+' : ''}${gain.toFixed(1)}%; Hit@10 ${r.system.hitAt10 >= best.hitAt10 ? 'not lower' : 'LOWER'} -> target ${met ? 'met' : 'NOT met'}`,
  ].join('\n');
}
