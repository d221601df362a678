/**
 * Ranking metrics of the match-eval protocol (shared/data/README.md): Hit@10, MRR within the top
 * 100, nDCG@10 with binary gains, and coverage of the candidate pool by the top-10 lists.
 */
export type Relevant = ReadonlySet<string> | readonly string[];

function asSet(relevant: Relevant): ReadonlySet<string> {
  return relevant instanceof Set ? relevant : new Set(relevant as readonly string[]);
}

/** First occurrence of each id only, so a duplicated id cannot be counted twice. */
function distinct(ranked: readonly string[]): string[] {
  return [...new Set(ranked)];
}

/** 1 when a relevant id appears among the first k, else 0. */
export function hitAtK(ranked: readonly string[], relevant: Relevant, k: number): number {
  const rel = asSet(relevant);
  return distinct(ranked)
    .slice(0, Math.max(0, k))
    .some((id) => rel.has(id))
    ? 1
    : 0;
}

/** 1/rank of the first relevant id within the first `cutoff`, else 0. */
export function reciprocalRank(ranked: readonly string[], relevant: Relevant, cutoff = 100): number {
  const rel = asSet(relevant);
  const i = distinct(ranked)
    .slice(0, Math.max(0, cutoff))
    .findIndex((id) => rel.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

/** nDCG@k with binary gains: DCG = Σ rel_i / log2(i + 1) for ranks i = 1..k, over the ideal DCG. */
export function ndcgAtK(ranked: readonly string[], relevant: Relevant, k: number): number {
  const rel = asSet(relevant);
  if (rel.size === 0 || k <= 0) return 0;
  let dcg = 0;
  distinct(ranked)
    .slice(0, k)
    .forEach((id, i) => {
      if (rel.has(id)) dcg += 1 / Math.log2(i + 2);
    });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, rel.size); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

/** Distinct ids appearing in any top-k list, as a share of the pool (0 for an empty pool). */
export function coverage(topLists: readonly (readonly string[])[], poolSize: number, k: number): number {
  if (poolSize <= 0) return 0;
  const seen = new Set<string>();
  for (const list of topLists) for (const id of distinct(list).slice(0, k)) seen.add(id);
  return Math.min(1, seen.size / poolSize);
}

export interface EvalQuery {
  /** Supplier ids, best first. */
  ranked: readonly string[];
  /** The suppliers that really won or were judged relevant. */
  relevant: Relevant;
}

export interface EvalSummary {
  /** Queries with at least one relevant supplier (the others cannot be judged and are skipped). */
  evaluated: number;
  hitAt10: number;
  mrr: number;
  ndcgAt10: number;
  coverage: number;
}

/**
 * Means over the evaluated queries. `poolSize` is the number of discoverable suppliers; when
 * omitted, every supplier that appears in any ranking counts as the pool.
 */
export function summarize(queries: readonly EvalQuery[], poolSize?: number): EvalSummary {
  const judged = queries.filter((q) => asSet(q.relevant).size > 0);
  const pool = poolSize ?? new Set(judged.flatMap((q) => q.ranked)).size;
  if (judged.length === 0) return { evaluated: 0, hitAt10: 0, mrr: 0, ndcgAt10: 0, coverage: 0 };
  const mean = (f: (q: EvalQuery) => number): number => judged.reduce((s, q) => s + f(q), 0) / judged.length;
  return {
    evaluated: judged.length,
    hitAt10: mean((q) => hitAtK(q.ranked, q.relevant, 10)),
    mrr: mean((q) => reciprocalRank(q.ranked, q.relevant, 100)),
    ndcgAt10: mean((q) => ndcgAtK(q.ranked, q.relevant, 10)),
    coverage: coverage(
      judged.map((q) => q.ranked),
      pool,
      10,
    ),
  };
}
