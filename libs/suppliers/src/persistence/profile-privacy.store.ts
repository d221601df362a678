import type { Queryable } from '@navet/database';

/** The organization's profile as the GDPR export shows it (the contact e-mail is the user's own data). */
export async function profileOfOrganizationForExport(db: Queryable, organizationId: string): Promise<object | null> {
  const [row] = (await db.query(
    `SELECT id, headline, description, offerings, cpv_codes AS "cpvCodes", region_codes AS "regionCodes",
            focus_areas AS "focusAreas", company_size AS "companySize", readiness, "references", languages,
            discoverable, contact_email AS "contactEmail", created_at AS "createdAt", updated_at AS "updatedAt"
       FROM supplier_profiles WHERE organization_id = $1`,
    [organizationId],
  )) as object[];
  return row ?? null;
}

/**
 * An erased user's address leaves the profile's contact e-mail: replaced by a remaining colleague's
 * address, or emptied when none is left (the profile is hidden then). Not in the search index, so no
 * index job is needed for it.
 */
export async function replaceContactEmail(
  db: Queryable,
  organizationId: string,
  erasedEmail: string,
  replacement: string | null,
): Promise<void> {
  await db.query(
    `UPDATE supplier_profiles SET contact_email = $3, updated_at = now()
      WHERE organization_id = $1 AND lower(contact_email) = lower($2)`,
    [organizationId, erasedEmail, replacement ?? ''],
  );
}

/**
 * Hides the organization's profile (its last user erased their account): not discoverable, a new
 * version so the matcher and the index job re-evaluate it. Returns the profile id, or null when there is none.
 */
export async function hideProfileOfOrganization(db: Queryable, organizationId: string): Promise<string | null> {
  // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count], a SELECT with rows.
  const rows: { id: string }[] = await db.query(
    `WITH hidden AS (
       UPDATE supplier_profiles SET discoverable = false, version = version + 1, updated_at = now()
        WHERE organization_id = $1 RETURNING id)
     SELECT id FROM hidden`,
    [organizationId],
  );
  return rows[0]?.id ?? null;
}

/**
 * Removal after the grace period: deletes the profile unless matches other parties keep (interest,
 * invitation, dialogue) still refer to it; a savepoint keeps the caller's transaction usable.
 */
export async function deleteProfileUnlessReferenced(db: Queryable, profileId: string): Promise<'deleted' | 'kept'> {
  await db.query(`SAVEPOINT remove_profile`);
  try {
    await db.query(`DELETE FROM supplier_profiles WHERE id = $1`, [profileId]);
    await db.query(`RELEASE SAVEPOINT remove_profile`);
    return 'deleted';
  } catch (e) {
    if ((e as { code?: string }).code !== '23503') throw e;
    await db.query(`ROLLBACK TO SAVEPOINT remove_profile`);
    return 'kept';
  }
}
