import type { Queryable } from '@navet/database';

/** GDPR export and erasure on the matching side (docs/privacy.md). */

export interface OrganizationRating {
  matchId: string;
  relevant: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The match ratings of the user's organization (ratings belong to the organization, not to one person). */
export function ratingsOfOrganization(db: Queryable, organizationId: string): Promise<OrganizationRating[]> {
  return db.query(
    `SELECT match_id AS "matchId", relevant, created_at AS "createdAt", updated_at AS "updatedAt"
       FROM match_ratings WHERE organization_id = $1 ORDER BY created_at, match_id`,
    [organizationId],
  );
}

/** The last user of the organization erased their account: nobody is left behind its ratings. */
export async function deleteRatingsOfOrganization(db: Queryable, organizationId: string): Promise<void> {
  await db.query(`DELETE FROM match_ratings WHERE organization_id = $1`, [organizationId]);
}

/**
 * The supplier left matching (its last user erased their account): every open suggestion is withdrawn
 * at once, rated or not, in the erasure's transaction. Engaged matches (interest, invitation,
 * connection, decline) are the other party's record and stay.
 */
export async function withdrawAllSuggestionsOfSupplier(db: Queryable, supplierId: string): Promise<void> {
  await db.query(`UPDATE matches SET status = 'WITHDRAWN', updated_at = now() WHERE supplier_id = $1 AND status = 'SUGGESTED'`, [
    supplierId,
  ]);
}

/** Erasure: criteria versions and evaluation runs an admin created stay, without the link to the person. */
export async function forgetCriteriaAuthor(db: Queryable, userId: string): Promise<void> {
  await db.query(`UPDATE match_criteria SET created_by_user_id = NULL WHERE created_by_user_id = $1`, [userId]);
  await db.query(`UPDATE criteria_evaluation_runs SET created_by_user_id = NULL WHERE created_by_user_id = $1`, [userId]);
}

/**
 * Removal of an abandoned supplier after the grace period: its withdrawn and never-engaged suggestions
 * (and ratings of them) go, with the matcher's bookkeeping for it, so the profile itself can be deleted.
 * Need candidate lists may still name its id: the ranker scores only profiles that exist and are discoverable.
 */
export async function deleteUnengagedMatchesOfSupplier(db: Queryable, supplierId: string): Promise<void> {
  const gone = `SELECT id FROM matches WHERE supplier_id = $1 AND status IN ('SUGGESTED', 'WITHDRAWN')`;
  await db.query(`DELETE FROM match_ratings WHERE match_id IN (${gone})`, [supplierId]);
  await db.query(`DELETE FROM matches WHERE id IN (${gone})`, [supplierId]);
  await db.query(`DELETE FROM match_pool_pending WHERE supplier_id = $1`, [supplierId]);
  await db.query(`DELETE FROM match_runs WHERE subject_kind = 'SUPPLIER' AND subject_id = $1`, [supplierId]);
}
