import { bulkInsert, Queryable, takeNew } from '@navet/database';
import { appendLedgerEntries } from '@navet/ledger';
import { bulkLedgerEntry } from '../domain/need-ledger';
import type { NeedFields, NeedStatus } from '../domain/need';
import type { NeedLifecycleState } from '../domain/need-lifecycle';
import { snapshotNeedVersionsOf } from './need-version.writer';

/**
 * The one bulk insert path for needs (imports, the demo seed, the recorded outcomes): rows arrive
 * validated (NeedFields) with a state from need-lifecycle.ts. Runs in the caller's transaction;
 * the caller writes the outbox events. Public needs get their version snapshot (need_versions) here.
 */
export interface NeedBulkRow {
  id: string;
  buyerOrganizationId: string;
  createdByUserId: string | null;
  fields: NeedFields;
  state: NeedLifecycleState;
  /** `ted-notice:<id>`, `import:<externalId>`, `demo-need:<key>`…; null = always a new need. */
  sourceRef: string | null;
  /** Defaults to now; recorded outcomes date the need by its source. */
  createdAt?: Date;
}

const FIELD_COLUMNS = [
  'title',
  'summary',
  'description',
  'desired_outcomes',
  'language',
  'cpv_codes',
  'region_codes',
  'focus_areas',
  'readiness',
  'estimated_value_sek',
  'dialogue_deadline',
];
const COLUMNS = [
  'id',
  'buyer_organization_id',
  'created_by_user_id',
  ...FIELD_COLUMNS,
  'status',
  'stage',
  'published_at',
  'closed_at',
  'source_ref',
  'created_at',
  'updated_at',
];
const CASTS = { desired_outcomes: 'text[]', cpv_codes: 'text[]', region_codes: 'text[]', focus_areas: 'text[]' };

// A re-imported source_ref updates its need in place (version + 1, same buyer). The lifecycle only
// moves forward (need-lifecycle.ts canReimport): a re-import may publish a draft, never unpublish;
// closed needs stay untouched.
const ON_CONFLICT = `ON CONFLICT (source_ref) WHERE source_ref IS NOT NULL DO UPDATE SET ${takeNew(FIELD_COLUMNS)},
  status = CASE WHEN needs.status = 'DRAFT' THEN EXCLUDED.status ELSE needs.status END,
  stage = CASE WHEN needs.status = 'DRAFT' THEN EXCLUDED.stage ELSE needs.stage END,
  published_at = COALESCE(needs.published_at, EXCLUDED.published_at),
  version = needs.version + 1, updated_at = now()
  WHERE needs.status <> 'CLOSED'`;

export async function writeNeeds(db: Queryable, rows: readonly NeedBulkRow[], now: Date): Promise<void> {
  await bulkInsert(db, {
    table: 'needs',
    columns: COLUMNS,
    casts: CASTS,
    onConflict: ON_CONFLICT,
    rows: rows.map((r) => {
      const f = r.fields;
      const createdAt = r.createdAt ?? now;
      return [
        r.id,
        r.buyerOrganizationId,
        r.createdByUserId,
        f.title,
        f.summary,
        f.description,
        f.desiredOutcomes,
        f.language,
        f.cpvCodes,
        f.regionCodes,
        f.focusAreas,
        f.readiness,
        f.estimatedValueSek,
        f.dialogueDeadline,
        r.state.status,
        r.state.stage,
        r.state.publishedAt,
        r.state.closedAt,
        r.sourceRef,
        createdAt,
        createdAt,
      ];
    }),
  });
  const recorded = await snapshotNeedVersionsOf(
    db,
    rows.map((r) => r.id),
    rows.flatMap((r) => (r.sourceRef ? [r.sourceRef] : [])),
  );
  // Last: the ledger's per-need locks are held until the caller commits.
  await appendLedgerEntries(db, recorded.map(bulkLedgerEntry));
}

export interface StoredNeedRef {
  id: string;
  status: NeedStatus;
  buyerOrganizationId: string;
}

/** Needs already stored under these source refs, keyed by ref. */
export async function needsBySourceRef(db: Queryable, refs: readonly string[]): Promise<Map<string, StoredNeedRef>> {
  if (refs.length === 0) return new Map();
  const rows: (StoredNeedRef & { sourceRef: string })[] = await db.query(
    `SELECT id, status, buyer_organization_id AS "buyerOrganizationId", source_ref AS "sourceRef"
       FROM needs WHERE source_ref = ANY($1::text[])`,
    [refs],
  );
  return new Map(rows.map(({ sourceRef, ...r }) => [sourceRef, r]));
}

/** Whether any need's source ref starts with `prefix` (a seed's marker). */
export async function hasNeedWithSourcePrefix(db: Queryable, prefix: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM needs WHERE source_ref LIKE $1 || '%' LIMIT 1`, [prefix]);
  return rows.length > 0;
}
