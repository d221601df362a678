import { bulkInsert, Queryable, takeNew } from '@navet/database';
import type { ProfileFields } from '../domain/supplier-profile';

/**
 * The one bulk insert path for supplier profiles (imports, the demo seed): validated fields, one
 * organization each. Runs in the caller's transaction; the caller writes the outbox events.
 */
export interface ProfileBulkRow {
  id: string;
  organizationId: string;
  fields: ProfileFields;
  /** `ted-supplier:<id>`, `import:<externalId>`…; null = always a new profile. */
  sourceRef: string | null;
}

const FIELD_COLUMNS = [
  'headline',
  'description',
  'offerings',
  'cpv_codes',
  'region_codes',
  'focus_areas',
  'company_size',
  'readiness',
  'references',
  'languages',
  'discoverable',
  'contact_email',
];
const COLUMNS = ['id', 'organization_id', ...FIELD_COLUMNS, 'source_ref'];
const CASTS = {
  offerings: 'text[]',
  cpv_codes: 'text[]',
  region_codes: 'text[]',
  focus_areas: 'text[]',
  references: 'jsonb',
  languages: 'text[]',
};
// A re-imported source_ref updates its profile in place (version + 1, same organization).
const ON_CONFLICT = `ON CONFLICT (source_ref) WHERE source_ref IS NOT NULL DO UPDATE SET ${takeNew(FIELD_COLUMNS)},
  version = supplier_profiles.version + 1, updated_at = now()`;

export async function writeSupplierProfiles(db: Queryable, rows: readonly ProfileBulkRow[]): Promise<void> {
  await bulkInsert(db, {
    table: 'supplier_profiles',
    columns: COLUMNS,
    casts: CASTS,
    onConflict: ON_CONFLICT,
    rows: rows.map(({ id, organizationId, fields: f, sourceRef }) => [
      id,
      organizationId,
      f.headline,
      f.description,
      f.offerings,
      f.cpvCodes,
      f.regionCodes,
      f.focusAreas,
      f.companySize,
      f.readiness,
      JSON.stringify(f.references),
      f.languages,
      f.discoverable,
      f.contactEmail,
      sourceRef,
    ]),
  });
}

/** Profiles already stored under these source refs, keyed by ref. */
export async function profilesBySourceRef(
  db: Queryable,
  refs: readonly string[],
): Promise<Map<string, { id: string; organizationId: string }>> {
  if (refs.length === 0) return new Map();
  const rows: { id: string; organizationId: string; sourceRef: string }[] = await db.query(
    `SELECT id, organization_id AS "organizationId", source_ref AS "sourceRef" FROM supplier_profiles WHERE source_ref = ANY($1::text[])`,
    [refs],
  );
  return new Map(rows.map((r) => [r.sourceRef, { id: r.id, organizationId: r.organizationId }]));
}

/** Organization id -> its profile id, for the organizations that have one. */
export async function profileIdsOfOrganizations(db: Queryable, organizationIds: readonly string[]): Promise<Map<string, string>> {
  if (organizationIds.length === 0) return new Map();
  const rows: { id: string; organizationId: string }[] = await db.query(
    `SELECT id, organization_id AS "organizationId" FROM supplier_profiles WHERE organization_id = ANY($1::uuid[])`,
    [[...new Set(organizationIds)]],
  );
  return new Map(rows.map((r) => [r.organizationId, r.id]));
}
