import { EntityManager } from 'typeorm';
import { newId } from '@navet/core';
import { renameOrganizations } from '@navet/identity';
import { ProfileBulkRow, profilesBySourceRef, writeSupplierProfiles } from '@navet/suppliers';
import { OutboxEvent } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import { OrganizationPlan } from './ted/organization-plan';
import type { BatchOutcome } from './import-types';
import { insertPlannedOrganizations, numberKey, organizationsByNumber, takenNumbers } from './organization-lookup';
import type { ParsedSupplierLine } from './supplier-line';

const TAKEN = 'organizationNumber: this organization already has a supplier profile (from another line or source)';

/**
 * Writes one batch of supplier profiles inside the caller's transaction. A re-imported source_ref
 * updates its profile (version + 1) and organization name; a new profile gets a new supplier
 * organization unless an organization with the same country and number exists without a profile.
 */
export async function writeSupplierBatch(
  em: EntityManager,
  batch: readonly ParsedSupplierLine[],
  priority: JobPriority,
  now: Date,
): Promise<{ outcome: BatchOutcome; events: OutboxEvent[] }> {
  const refs = batch.map((c) => c.sourceRef).filter((r): r is string => r !== null);
  const existing = await profilesBySourceRef(em, refs);
  const fresh = batch.filter((c) => !(c.sourceRef && existing.has(c.sourceRef)));
  const byNumber = await organizationsByNumber(
    em,
    fresh.map((c) => c.organization),
  );
  const plan = new OrganizationPlan(takenNumbers(byNumber));
  const claimed = new Set<string>();
  const outcome: BatchOutcome = { written: [], skipped: [] };
  const rows: ProfileBulkRow[] = [];
  const renamed: { id: string; name: string; regionCode: string | null }[] = [];
  const events: OutboxEvent[] = [];

  for (const c of batch) {
    const org = c.organization;
    const known = c.sourceRef ? existing.get(c.sourceRef) : undefined;
    let id: string;
    let organizationId: string;
    if (known) {
      id = known.id;
      organizationId = known.organizationId;
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
    rows.push({ id, organizationId, fields: c.fields, sourceRef: c.sourceRef });
    outcome.written.push({ line: c.line, id, updated: !!known });
    // A hidden new profile has nothing to index; a hidden updated one must leave the index.
    if (known || c.fields.discoverable) events.push({ type: 'supplier.updated', payload: { supplierId: id }, priority });
  }

  await insertPlannedOrganizations(em, plan, now);
  await renameOrganizations(em, renamed);
  await writeSupplierProfiles(em, rows);
  return { outcome, events };
}
