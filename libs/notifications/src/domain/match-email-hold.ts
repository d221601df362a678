/**
 * The end of the hold for a NEW_MATCH arriving at `now`: windows are aligned to multiples of the
 * hold, so every match of a burst shares one window (and one release job); each waits between one
 * and two holds.
 */
export function holdWindowEnd(now: Date, holdMs: number): Date {
  return new Date(Math.ceil((now.getTime() + holdMs) / holdMs) * holdMs);
}

export interface HeldMatch {
  id: string;
  matchId: string | null;
  createdAt: Date;
}

/**
 * Which held NEW_MATCH notifications are e-mailed now: the best-scored (current score; a vanished
 * match counts lowest), as many as the cap has left today; the rest wait for the digest. Ties go
 * to the earlier notification.
 */
export function splitHeldMatches<T extends HeldMatch>(
  held: readonly T[],
  scores: ReadonlyMap<string, number>,
  remaining: number,
): { email: T[]; digest: T[] } {
  const score = (h: T): number => (h.matchId !== null ? (scores.get(h.matchId) ?? -1) : -1);
  const ranked = [...held].sort(
    (a, b) => score(b) - score(a) || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const n = Math.max(0, remaining);
  return { email: ranked.slice(0, n), digest: ranked.slice(n) };
}
