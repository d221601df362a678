import type { BilingualQuery } from './query-set';

/** How many top results count: the first page of the app. */
export const RECALL_DEPTH = 10;

export interface QueryOutcome {
  query: BilingualQuery;
  /** Relevant documents among the top RECALL_DEPTH. */
  found: number;
  recall: number;
}

export interface RecallSummary {
  queries: number;
  /** Mean over queries of found / min(relevant, depth). */
  meanRecall: number;
  /** Share of queries with at least one relevant document in the top results. */
  hitRate: number;
}

export function queryOutcome(query: BilingualQuery, topKeys: readonly string[]): QueryOutcome {
  const top = new Set(topKeys.slice(0, RECALL_DEPTH));
  const found = query.relevant.filter((k) => top.has(k)).length;
  return { query, found, recall: found / Math.min(query.relevant.length, RECALL_DEPTH) };
}

export function summarize(outcomes: readonly QueryOutcome[]): RecallSummary {
  const n = outcomes.length;
  if (n === 0) return { queries: 0, meanRecall: 0, hitRate: 0 };
  return {
    queries: n,
    meanRecall: outcomes.reduce((s, o) => s + o.recall, 0) / n,
    hitRate: outcomes.filter((o) => o.found > 0).length / n,
  };
}
