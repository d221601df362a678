import { EntityManager } from 'typeorm';
import { newId } from '@navet/core';
import { OutboxEvent } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import { OrganizationPlan } from './ted/organization-plan';
import type { BatchOutcome } from './import-types';
import { insertPlannedOrganizations, numberKey, organizationsByNumber, takenNumbers } from './organization-lookup';
import type { SupplierCandidate } from './supplier-line';
import { takeNew, upsertBySourceRef } from './upsert-rows';

const PROFILE_FIELDS = [
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
const COLUMNS = ['id', 'organization_id', ...PROFILE_FIELDS, 'source_ref'];
const CASTS = {
  offerings: 'text[]',
  cpv_codes: 'text[]',
  region_codes: 'text[]',
  focus_areas: 'text[]',
  references: 'jsonb',
  languages: 'text[]',
};
const ON_CONFLICT = `${takeNew(PROFILE_FIELDS)}, version = supplier_profiles.version + 1, updated_at = now()`;

const TAKEN = 'organizationNumber: this organization already has a supplier profile (from another line or source)';

/**
 * Writes one batch of supplier profiles inside the caller's transaction. A re-imported source_ref
 * updates its profile (version + 1) and organization name; a new profile gets a new supplier
 * organization unless an organization with the same country and number exists without a profile.
 */
export async function writeSupplierBatch(
  em: EntityManager,
  batch: readonly SupplierCandidate[],
  priority: JobPriority,
  now: Date,
): Promise<{ outcome: BatchOutcome; events: OutboxEvent[] }> {
  const refs = batch.map((c) => c.sourceRef).filter((r): r is string => r !== null);
  const existing = new Map(
    (
      (await em.query('SELECT id, organization_id, source_ref FROM supplier_profiles WHERE source_ref = ANY($1::text[])', [
        refs,
      ])) as {
        id: string;
        organization_id: string;
        source_ref: string;
      }[]
    ).map((r) => [r.source_ref, r]),
  );
  const fresh = batch.filter((c) => !(c.sourceRef && existing.has(c.sourceRef)));
  const byNumber = await organizationsByNumber(
    em,
    fresh.map((c) => c.organization),
  );
  const plan = new OrganizationPlan(takenNumbers(byNumber));
  const claimed = new Set<string>();
  const outcome: BatchOutcome = { written: [], skipped: [] };
  const rows: unknown[][] = [];
  const renamed: { id: string; name: string; regionCode: string | null }[] = [];
  const events: OutboxEvent[] = [];

  for (const c of batch) {
    const org = c.organization;
    const known = c.sourceRef ? existing.get(c.sourceRef) : undefined;
    let id: string;
    let organizationId: string;
    if (known) {
      id = known.id;
      organizationId = known.organization_id;
      renamed.push({ id: organizationId, name: org.name, regionCode: org.regionCode });
    } else {
      const key = org.organizationNumber ? numberKey(org.countryCode, org.organizationNumber) : null;
      const stored = key ? byNumber.get(key) : undefined;
      if (key && claimed.has(key)) {
        outcome.skipped.push({ line: c.line, reason: TAKEN });
        continue;
      }
      if (stored?.kind === 'SUPPLIER') {
        if (stored.profileId) {
          outcome.skipped.push({ line: c.line, reason: TAKEN });
          continue;
        }
        organizationId = stored.id;
      } else {
        // Another kind of organization holds the number: the plan drops it, as the seed does.
        organizationId = plan.add('SUPPLIER', org, false);
      }
      if (key) claimed.add(key);
      id = newId();
    }
    const f = c.fields;
    rows.push([
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
      c.sourceRef,
    ]);
    outcome.written.push({ line: c.line, id, updated: !!known });
    // A hidden new profile has nothing to index; a hidden updated one must leave the index.
    if (known || f.discoverable) events.push({ type: 'supplier.updated', payload: { supplierId: id }, priority });
  }

  await insertPlannedOrganizations(em, plan, now);
  if (renamed.length > 0) {
    await em.query(
      `UPDATE organizations o SET name = v.name, region_code = COALESCE(v.region_code, o.region_code), updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, name, region_code) WHERE o.id = v.id`,
      [renamed.map((r) => r.id), renamed.map((r) => r.name), renamed.map((r) => r.regionCode)],
    );
  }
  await upsertBySourceRef(em, 'supplier_profiles', COLUMNS, rows, CASTS, ON_CONFLICT);
  return { outcome, events };
}
