import type { Queryable } from '@navet/database';

/** How the innovation funnel groups needs (the contract's FunnelGrouping). */
export const FUNNEL_GROUPINGS = ['FOCUS_AREA', 'REGION', 'CPV_DIVISION', 'MONTH'] as const;
export type FunnelGrouping = (typeof FUNNEL_GROUPINGS)[number];

/** A need's place in one group; a need with two focus areas is in two groups. */
export interface FunnelNeedGroups {
  needIds: string[];
  groups: string[];
  /** Parallel to needIds: PROCURED outcome or stage CONTRACTED. */
  procured: boolean[];
}

// Group keys as SQL, from the need's own columns. A region is counted at county level (NUTS 3, five
// characters) or at the level the buyer gave when coarser; a need without focus areas is in NONE.
const GROUP_SQL: Record<FunnelGrouping, string> = {
  FOCUS_AREA: `unnest(CASE WHEN cardinality(n.focus_areas) = 0 THEN ARRAY['NONE'] ELSE n.focus_areas END)`,
  REGION: `unnest(ARRAY(SELECT DISTINCT left(r, 5) FROM unnest(n.region_codes) r))`,
  CPV_DIVISION: `unnest(ARRAY(SELECT DISTINCT left(c, 2) FROM unnest(n.cpv_codes) c))`,
  MONTH: `to_char(n.published_at AT TIME ZONE 'UTC', 'YYYY-MM')`,
};

/**
 * [P] Every (need, group) pair of the needs published in [from, to) (drafts never were), with whether
 * the need was procured: the first step of the funnel, one statement. Arrays, not objects: tens of
 * thousands of pairs travel on to the matching and dialogue readers.
 */
export async function funnelNeedGroups(
  db: Queryable,
  groupBy: FunnelGrouping,
  period: { from: Date | null; to: Date | null },
): Promise<FunnelNeedGroups> {
  const [row] = (await db.query(
    `SELECT coalesce(array_agg(p.id), '{}') AS "needIds", coalesce(array_agg(p.grp), '{}') AS groups,
            coalesce(array_agg(p.procured), '{}') AS procured
       FROM (SELECT n.id, ${GROUP_SQL[groupBy]} AS grp,
                    (n.stage = 'CONTRACTED' OR coalesce(o.result = 'PROCURED', false)) AS procured
               FROM needs n LEFT JOIN need_outcomes o ON o.need_id = n.id
              WHERE n.published_at IS NOT NULL
                AND ($1::timestamptz IS NULL OR n.published_at >= $1)
                AND ($2::timestamptz IS NULL OR n.published_at < $2)) p`,
    [period.from, period.to],
  )) as FunnelNeedGroups[];
  return row ?? { needIds: [], groups: [], procured: [] };
}
