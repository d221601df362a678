/**
 * [P] The innovation funnel's match steps for one need, as select-list expressions for the open-data
 * statement (`needId`: the SQL expression of the need's id): a live MATCHER suggestion (not withdrawn),
 * a supplier's interest, a connection. Each is an index probe that stops at the first row; interest and
 * connection use their partial indexes. The SQL that names matches stays here.
 */
export function matchFunnelFlagsSql(needId: string): string {
  return `EXISTS (SELECT 1 FROM matches m WHERE m.need_id = ${needId} AND m.origin = 'MATCHER' AND m.status <> 'WITHDRAWN') AS suggested,
          EXISTS (SELECT 1 FROM matches m WHERE m.need_id = ${needId} AND m.supplier_interested) AS interest,
          EXISTS (SELECT 1 FROM matches m WHERE m.need_id = ${needId} AND m.status = 'CONNECTED') AS connected`;
}
