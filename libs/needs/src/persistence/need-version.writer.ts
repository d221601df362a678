import type { BulkVersion } from '../domain/need-ledger';
import type { Queryable } from '@navet/database';

// Same names in needs and need_versions: a snapshot copies the row as it is after the change.
const COPIED = `buyer_organization_id, title, summary, description, desired_outcomes, language, cpv_codes, region_codes,
  focus_areas, readiness, estimated_value_sek, dialogue_deadline, status, stage, published_at, closed_at`;

// The release date is the change's time to the millisecond, so the feed's cursor (ISO ms) is exact.
const snapshot = (where: string) => `INSERT INTO need_versions (need_id, version, released_at, ${COPIED})
  SELECT id, version, date_trunc('milliseconds', updated_at), ${COPIED} FROM needs
  WHERE (${where}) AND status <> 'DRAFT'
  ON CONFLICT (need_id, version) DO NOTHING
  RETURNING need_id AS "needId", version, status,
    NOT EXISTS (SELECT 1 FROM need_versions o WHERE o.need_id = need_versions.need_id AND o.version < need_versions.version) AS first,
    buyer_organization_id AS "buyerOrganizationId"`;

/** A version the snapshot recorded just now. */
export type RecordedVersion = BulkVersion;

const CHUNK = 5_000;

/**
 * Records the current version of each public need (drafts are skipped), in the caller's transaction
 * after the change is saved. Idempotent: a version already recorded stays as it was.
 */
export async function snapshotNeedVersions(db: Queryable, needIds: readonly string[]): Promise<void> {
  for (let i = 0; i < needIds.length; i += CHUNK) {
    await db.query(snapshot('id = ANY($1::uuid[])'), [needIds.slice(i, i + CHUNK)]);
  }
}

/** As snapshotNeedVersions, for bulk rows that may have landed on an existing need with their source ref. */
export async function snapshotNeedVersionsOf(
  db: Queryable,
  needIds: readonly string[],
  sourceRefs: readonly string[],
): Promise<RecordedVersion[]> {
  const recorded: RecordedVersion[] = [];
  for (let i = 0; i < Math.max(needIds.length, sourceRefs.length); i += CHUNK) {
    const rows: RecordedVersion[] = await db.query(snapshot('id = ANY($1::uuid[]) OR source_ref = ANY($2::text[])'), [
      needIds.slice(i, i + CHUNK),
      sourceRefs.slice(i, i + CHUNK),
    ]);
    recorded.push(...rows);
  }
  return recorded;
}
