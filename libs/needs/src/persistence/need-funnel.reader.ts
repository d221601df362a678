/** How the innovation funnel groups needs (the contract's FunnelGrouping). */
export const FUNNEL_GROUPINGS = ['FOCUS_AREA', 'REGION', 'CPV_DIVISION', 'MONTH'] as const;
export type FunnelGrouping = (typeof FUNNEL_GROUPINGS)[number];

// Group keys as SQL, from the need's own columns. A region is counted at county level (NUTS 3, five
// characters) or at the level the buyer gave when coarser; a need without focus areas is in NONE.
const GROUP_SQL: Record<FunnelGrouping, string> = {
  FOCUS_AREA: `unnest(CASE WHEN cardinality(n.focus_areas) = 0 THEN ARRAY['NONE'] ELSE n.focus_areas END)`,
  REGION: `unnest(ARRAY(SELECT DISTINCT left(r, 5) FROM unnest(n.region_codes) r))`,
  CPV_DIVISION: `unnest(ARRAY(SELECT DISTINCT left(c, 2) FROM unnest(n.cpv_codes) c))`,
  MONTH: `to_char(n.published_at AT TIME ZONE 'UTC', 'YYYY-MM')`,
};

/**
 * [P] The first step of the innovation funnel as a subquery for the open-data statement: one row
 * (need_id, grp, procured) per need published in [$1, $2) (null = open) and group it lies in; a need
 * with two focus areas is in two groups; procured = stage CONTRACTED or a PROCURED outcome. A
 * fragment, not a reader, so the whole funnel is one statement and no need list travels: the SQL that
 * names the needs' tables stays here.
 */
export function funnelNeedGroupsSql(groupBy: FunnelGrouping): string {
  return `SELECT n.id AS need_id, ${GROUP_SQL[groupBy]} AS grp,
                 (n.stage = 'CONTRACTED' OR coalesce(o.result = 'PROCURED', false)) AS procured
            FROM needs n LEFT JOIN need_outcomes o ON o.need_id = n.id
           WHERE n.published_at IS NOT NULL
             AND ($1::timestamptz IS NULL OR n.published_at >= $1)
             AND ($2::timestamptz IS NULL OR n.published_at < $2)`;
}
