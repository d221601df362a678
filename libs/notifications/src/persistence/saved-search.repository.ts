import { organizationNames, usersByIds } from '@navet/identity';
import { Need, readNeed } from '@navet/needs';
import type { FocusArea } from '@navet/reference';
import { changedRows, Db, selectRows } from './sql';

export interface SavedSearch {
  id: string;
  name: string;
  query: string | null;
  cpvPrefixes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
  createdAt: Date;
}

export interface SavedSearchCandidate extends SavedSearch {
  userId: string;
  preferredLanguage: string;
  organizationId: string;
}

const COLUMNS = `s.id, s.name, s.query, s.cpv_prefixes AS "cpvPrefixes", s.region_codes AS "regionCodes", s.focus_areas AS "focusAreas", s.created_at AS "createdAt"`;

export async function insertSavedSearch(
  db: Db,
  userId: string,
  s: SavedSearch,
  regionPrefixes: readonly string[],
): Promise<void> {
  await db.query(
    `INSERT INTO saved_searches (id, user_id, name, query, cpv_prefixes, region_codes, focus_areas, region_prefixes, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [s.id, userId, s.name, s.query, s.cpvPrefixes, s.regionCodes, s.focusAreas, regionPrefixes, s.createdAt],
  );
}

export const listSavedSearches = (db: Db, userId: string): Promise<SavedSearch[]> =>
  selectRows<SavedSearch>(db, `SELECT ${COLUMNS} FROM saved_searches s WHERE s.user_id = $1 ORDER BY s.created_at DESC, s.id`, [
    userId,
  ]);

export async function countSavedSearches(db: Db, userId: string): Promise<number> {
  const [row] = await selectRows<{ n: number }>(db, `SELECT count(*)::int AS n FROM saved_searches WHERE user_id = $1`, [userId]);
  return row?.n ?? 0;
}

export async function deleteSavedSearch(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(db, `DELETE FROM saved_searches WHERE id = $1 AND user_id = $2 RETURNING id`, [
    id,
    userId,
  ]);
  return rows.length === 1;
}

/** What a published need offers the prefilter: its leading CPV prefixes, region codes and their prefixes, focus areas. */
export interface NeedStructure {
  buyerOrganizationId: string;
  cpvPrefixes: readonly string[];
  regionCodes: readonly string[];
  regionPrefixes: readonly string[];
  focusAreas: readonly string[];
}

/**
 * Saved searches whose structure fits the need, by GIN-indexable array overlaps: each dimension is
 * either unconstrained or overlaps (regions by NUTS prefix in either direction). Users of the
 * need's own organization are left out.
 */
export async function structuralCandidates(db: Db, need: NeedStructure): Promise<SavedSearchCandidate[]> {
  const searches = await selectRows<SavedSearch & { userId: string }>(
    db,
    `SELECT ${COLUMNS}, s.user_id AS "userId" FROM saved_searches s
     WHERE (cardinality(s.cpv_prefixes) = 0 OR s.cpv_prefixes && $1::text[])
       AND (cardinality(s.region_codes) = 0 OR s.region_codes && $3::text[] OR s.region_prefixes && $2::text[])
       AND (cardinality(s.focus_areas) = 0 OR s.focus_areas && $4::text[])
     ORDER BY s.created_at, s.id`,
    [need.cpvPrefixes, need.regionCodes, need.regionPrefixes, need.focusAreas],
  );
  const users = new Map(
    (
      await usersByIds(
        db,
        searches.map((s) => s.userId),
      )
    ).map((u) => [u.userId, u]),
  );
  return searches.flatMap((s) => {
    const user = users.get(s.userId);
    if (!user || user.organizationId === need.buyerOrganizationId) return [];
    return [{ ...s, preferredLanguage: user.preferredLanguage, organizationId: user.organizationId }];
  });
}

/** A need with its buyer's name, as saved-search planning reads it (both from their owners). */
export type PublishedNeedRow = Need & { buyerName: string };

export async function loadNeedForSavedSearches(db: Db, needId: string): Promise<PublishedNeedRow | null> {
  const need = await readNeed(db, needId);
  if (!need) return null;
  const names = await organizationNames(db, [need.buyerOrganizationId]);
  return { ...need, buyerName: names.get(need.buyerOrganizationId) ?? '' };
}
