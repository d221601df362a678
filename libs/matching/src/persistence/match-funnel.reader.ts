import type { Queryable } from '@navet/database';

export interface MatchFunnelCounts {
  group: string;
  withSuggestions: number;
  withInterest: number;
  connected: number;
}

/**
 * [P] Per group of the innovation funnel, how many of its needs the matcher suggested suppliers for
 * (a live MATCHER suggestion), got a supplier's interest, and reached a connection. `needIds[i]` lies in
 * `groups[i]` (pairs from the needs' own reader). One statement; the interest and connection flags come
 * from the partial index of engaged matches, so the cost follows the pairs, not all suggestions.
 */
export async function matchFunnelCounts(
  db: Queryable,
  needIds: readonly string[],
  groups: readonly string[],
): Promise<MatchFunnelCounts[]> {
  if (needIds.length === 0) return [];
  return (await db.query(
    `WITH p AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS p(need_id, grp)),
          engaged AS (
            SELECT need_id, bool_or(supplier_interested) AS interest, bool_or(status = 'CONNECTED') AS connected
              FROM matches WHERE (supplier_interested OR status = 'CONNECTED') AND need_id = ANY($1::uuid[])
             GROUP BY need_id),
          flags AS (
            SELECT n.need_id, e.interest, e.connected,
                   EXISTS (SELECT 1 FROM matches m
                            WHERE m.need_id = n.need_id AND m.origin = 'MATCHER' AND m.status <> 'WITHDRAWN') AS suggested
              FROM (SELECT DISTINCT need_id FROM p) n LEFT JOIN engaged e USING (need_id))
     SELECT p.grp AS "group",
            count(*) FILTER (WHERE f.suggested)::int AS "withSuggestions",
            count(*) FILTER (WHERE f.interest)::int AS "withInterest",
            count(*) FILTER (WHERE f.connected)::int AS connected
       FROM p JOIN flags f USING (need_id)
      GROUP BY p.grp`,
    [needIds, groups],
  )) as MatchFunnelCounts[];
}
