import { cpvDigits } from '@navet/reference';
import { Bm25Index } from './bm25';

/** A pool member as the baselines see it: protocol identity, CPV codes, capability text. */
export interface BaselineSupplier {
  id: string;
  cpvCodes: readonly string[];
  text: string;
}

/** Shared leading digits of two CPV codes (8 digits, check digit ignored). */
export function sharedCpvPrefix(a: string, b: string): number {
  const x = cpvDigits(a);
  const y = cpvDigits(b);
  let n = 0;
  while (n < 8 && n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * CPV-only baseline: suppliers sharing at least the 2-digit division with one of the need's codes,
 * by the longest shared prefix over all code pairs, then by the number of the need's codes the
 * supplier has exactly, then in pool order (which is identity order).
 */
export function cpvBaselineRank(needCodes: readonly string[], pool: readonly BaselineSupplier[]): string[] {
  const scored: { id: string; prefix: number; shared: number; order: number }[] = [];
  const needDigits = new Set(needCodes.map(cpvDigits));
  pool.forEach((s, order) => {
    let prefix = 0;
    for (const n of needCodes) for (const c of s.cpvCodes) prefix = Math.max(prefix, sharedCpvPrefix(n, c));
    if (prefix < 2) return;
    const own = new Set(s.cpvCodes.map(cpvDigits));
    const shared = [...needDigits].filter((d) => own.has(d)).length;
    scored.push({ id: s.id, prefix, shared, order });
  });
  return scored.sort((a, b) => b.prefix - a.prefix || b.shared - a.shared || a.order - b.order).map((s) => s.id);
}

/** Text-only baseline: BM25 of the need's title and description against each profile's capability text. */
export class TextBaseline {
  private readonly index: Bm25Index;

  constructor(pool: readonly BaselineSupplier[]) {
    this.index = new Bm25Index(pool.map((s) => ({ id: s.id, text: s.text })));
  }

  rank(needText: string): string[] {
    return this.index.rank(needText);
  }
}

/** The usual reciprocal-rank-fusion constant (Cormack, Clarke & Büttcher 2009). */
export const RRF_K = 60;

/**
 * The 50/50 blend baseline: reciprocal-rank fusion of the CPV and text rankings with equal weights,
 * 0.5 / (k + rank_cpv) + 0.5 / (k + rank_text), a supplier absent from a ranking getting nothing from
 * it. Rank fusion, not a score blend: the two baselines' scores (shared prefix length, BM25) have
 * no common scale. Ties: the better text rank, then the better CPV rank.
 */
export function blendRank(cpv: readonly string[], text: readonly string[], k = RRF_K): string[] {
  const cpvRank = new Map(cpv.map((id, i) => [id, i + 1]));
  const textRank = new Map(text.map((id, i) => [id, i + 1]));
  const fused = (id: string) =>
    (cpvRank.has(id) ? 0.5 / (k + cpvRank.get(id)!) : 0) + (textRank.has(id) ? 0.5 / (k + textRank.get(id)!) : 0);
  const ids = [...new Set([...text, ...cpv])];
  const score = new Map(ids.map((id) => [id, fused(id)]));
  const last = Number.MAX_SAFE_INTEGER;
  return ids.sort(
    (a, b) =>
      score.get(b)! - score.get(a)! ||
      (textRank.get(a) ?? last) - (textRank.get(b) ?? last) ||
      (cpvRank.get(a) ?? last) - (cpvRank.get(b) ?? last),
  );
}
