/** A digest entry with the match it is about (null for notifications that are not about a match). */
export interface DigestEntry {
  matchId: string | null;
}

/**
 * The digest lists the best first: notifications about a match by the match's current score, high
 * to low; the rest (and matches that no longer exist) after them. Ties keep the given order (oldest
 * first), so the same notifications always give the same digest.
 */
export function orderDigest<T extends DigestEntry>(items: readonly T[], scores: ReadonlyMap<string, number>): T[] {
  const scoreOf = (i: T): number => (i.matchId !== null ? (scores.get(i.matchId) ?? -1) : -1);
  return items
    .map((item, i) => ({ item, i, score: scoreOf(item) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.item);
}
