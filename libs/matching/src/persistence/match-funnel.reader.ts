/**
 * [P] The innovation funnel's match steps as a subquery for the open-data statement: one row per need
 * that ever had a match, (need_id, suggested, interest, connected) — a live MATCHER suggestion (not
 * withdrawn), a supplier's interest, a connection. Read from `match_funnel_steps`, the per-need counts a
 * trigger on `matches` keeps in the writers' own transactions (migration 1765900000000), so the funnel
 * reads one narrow row per need instead of probing the suggestions. The SQL naming matching's tables stays here.
 */
export function matchFunnelStepsSql(): string {
  return `SELECT need_id, suggestions > 0 AS suggested, interests > 0 AS interest, connections > 0 AS connected
            FROM match_funnel_steps`;
}
