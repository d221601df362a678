import type { Queryable } from '@navet/database';
import { organizationsOfProfiles } from '@navet/suppliers';
import type { MatchStatus } from '../domain/match';

/** In dialogue on a need: what one of them is told (a clarification), all of them are told. */
export const ENGAGED_STATUSES: readonly MatchStatus[] = ['INTERESTED', 'INVITED', 'CONNECTED'];

/**
 * The supplier organizations whose match on the need is INTERESTED, INVITED or CONNECTED (a
 * suggestion nobody acted on, or a declined match, is not engaged). Sorted, without duplicates.
 */
export async function engagedSupplierOrganizations(db: Queryable, needId: string): Promise<string[]> {
  const rows: { supplierId: string }[] = await db.query(
    `SELECT supplier_id AS "supplierId" FROM matches WHERE need_id = $1 AND status = ANY($2::text[])`,
    [needId, ENGAGED_STATUSES],
  );
  const orgs = await organizationsOfProfiles(
    db,
    rows.map((r) => r.supplierId),
  );
  return [...new Set(orgs.values())].sort();
}
