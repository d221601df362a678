/** One cheap query counts suggestions across all of a buyer's needs: the best MATCH_CAP matches. */
export const MATCH_CAP = 200;

interface MatchLike {
  status: string;
  supplierInterested: boolean;
  need: { id: string };
}

/** Per need: live suggestions (not withdrawn or declined) and suppliers that showed interest. */
export function countByNeed(matches: readonly MatchLike[]): Map<string, { suggestions: number; interested: number }> {
  const counts = new Map<string, { suggestions: number; interested: number }>();
  for (const m of matches) {
    if (m.status === 'WITHDRAWN' || m.status === 'DECLINED') continue;
    const c = counts.get(m.need.id) ?? { suggestions: 0, interested: 0 };
    c.suggestions += 1;
    if (m.supplierInterested) c.interested += 1;
    counts.set(m.need.id, c);
  }
  return counts;
}
