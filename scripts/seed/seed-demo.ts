import { DataSource } from 'typeorm';
import type { Queryable } from '@navet/database';
import { newId } from '@navet/core';
import { hashPassword, insertUsers, Role, takenOrganizationNumbers, userEmailExists, UserBulkRow } from '@navet/identity';
import {
  insertPlannedOrganizations,
  MappedSupplier,
  needsFromTedNotices,
  noticeRefs,
  OrganizationPlan,
  readTedData,
  supplierProfileFromTed,
} from '@navet/importer';
import { draftState, NeedBulkRow, needsBySourceRef, publishedState, writeNeeds } from '@navet/needs';
import { OutboxEvent, OutboxWriter } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import { ReferenceCatalogue } from '@navet/reference';
import { ProfileBulkRow, profilesBySourceRef, writeSupplierProfiles } from '@navet/suppliers';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import {
  DEMO_BUYER_ORG,
  DEMO_NEEDS,
  DEMO_SUPPLIER_ORG,
  DEMO_SUPPLIER_PROFILE,
  PLATFORM_ORG,
  UNVERIFIED_BUYER_ORG,
} from './demo-content';

export interface SeedDemoResult {
  organizations: number;
  users: number;
  needs: number;
  suppliers: number;
  skipped: boolean;
}

// Two seeds started together (api and a script) must not both pass the marker check.
const SEED_LOCK = 741_852_964;
const OUTBOX_CHUNK = 1000;

const adminAccount = (): DemoAccount => {
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'ADMIN');
  if (!admin) throw new Error('DEMO_ACCOUNTS has no ADMIN account');
  return admin;
};

const demoDataPresent = (db: Queryable): Promise<boolean> => userEmailExists(db, adminAccount().email);

const DEMO_USER_NAMES: Record<Role, readonly string[]> = {
  ADMIN: ['Navet Admin'],
  BUYER: ['Anna Demo', 'Nils Nyström'],
  SUPPLIER: ['Sara Demo'],
};

/**
 * Development demo data from real TED notices and award winners plus hand-written demo accounts.
 * Idempotent: the demo admin is the marker, and rows whose source_ref exists are never inserted
 * again, so a second run writes nothing (no rows, no outbox events). Everything, outbox rows
 * included, commits in one transaction.
 */
export async function seedDemo(
  ds: DataSource,
  catalogue: ReferenceCatalogue,
  opts: { log?: (msg: string) => void } = {},
): Promise<SeedDemoResult> {
  const log = opts.log ?? (() => undefined);
  const nothing: SeedDemoResult = { organizations: 0, users: 0, needs: 0, suppliers: 0, skipped: true };
  if (await demoDataPresent(ds)) {
    log('Demo data already present; nothing to seed');
    return nothing;
  }

  const { notices, suppliers } = readTedData();
  const mappedNeeds = needsFromTedNotices(notices, catalogue);
  const refs = noticeRefs(notices);
  const mappedSuppliers = suppliers
    .map((s) => supplierProfileFromTed(s, catalogue, refs))
    .filter((s): s is MappedSupplier => s !== null);
  log(
    `Demo seed: ${mappedNeeds.length} needs from ${notices.length} TED notices, ${mappedSuppliers.length} profiles from ${suppliers.length} TED suppliers`,
  );
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));

  return ds.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if (await demoDataPresent(em)) return nothing;

    const plan = new OrganizationPlan(await takenOrganizationNumbers(em));
    const knownNeeds = await needsBySourceRef(em, [
      ...mappedNeeds.map((m) => m.need.sourceRef),
      ...DEMO_NEEDS.map((d) => `demo-need:${d.key}`),
    ]);
    const knownProfiles = await profilesBySourceRef(em, [
      ...mappedSuppliers.map((m) => m.profile.sourceRef),
      DEMO_SUPPLIER_PROFILE.sourceRef,
    ]);

    // Demo organizations and accounts.
    const platformId = plan.add('PLATFORM', { ...PLATFORM_ORG, organizationNumber: null }, true);
    const demoBuyerId = plan.add('PUBLIC_BUYER', { ...DEMO_BUYER_ORG, organizationNumber: null }, true);
    const newBuyerId = plan.add('PUBLIC_BUYER', { ...UNVERIFIED_BUYER_ORG, organizationNumber: null }, false);
    const demoSupplierId = plan.add('SUPPLIER', { ...DEMO_SUPPLIER_ORG, organizationNumber: null }, false);
    const seenPerRole: Record<Role, number> = { ADMIN: 0, BUYER: 0, SUPPLIER: 0 };
    const users: UserBulkRow[] = DEMO_ACCOUNTS.map((account, i) => {
      const nth = seenPerRole[account.role]++;
      // The first buyer account belongs to the verified demo municipality, later ones to the unverified region.
      const organizationId =
        account.role === 'ADMIN'
          ? platformId
          : account.role === 'SUPPLIER'
            ? demoSupplierId
            : nth === 0
              ? demoBuyerId
              : newBuyerId;
      const name = DEMO_USER_NAMES[account.role][nth] ?? `Demo ${account.role.toLowerCase()} ${nth + 1}`;
      return {
        id: newId(),
        organizationId,
        email: account.email.trim().toLowerCase(),
        name,
        role: account.role,
        passwordHash: hashes[i]!,
        preferredLanguage: 'sv',
      };
    });
    const demoBuyerUser = users.find((u) => u.organizationId === demoBuyerId)?.id ?? null;

    // Needs: the hand-written ones of Demo kommun, then TED notices under their buyers.
    const now = new Date();
    const needs: NeedBulkRow[] = [];
    for (const { key, status, ...d } of DEMO_NEEDS) {
      if (knownNeeds.has(`demo-need:${key}`)) continue;
      needs.push({
        id: newId(),
        buyerOrganizationId: demoBuyerId,
        createdByUserId: demoBuyerUser,
        fields: { ...d, language: 'sv', readiness: 'NEEDS_DEVELOPMENT', estimatedValueSek: null, dialogueDeadline: null },
        state: status === 'PUBLISHED' ? publishedState(now) : draftState(),
        sourceRef: `demo-need:${key}`,
      });
    }
    for (const { buyer, need } of mappedNeeds) {
      if (knownNeeds.has(need.sourceRef)) continue;
      const { publishedAt, sourceRef, ...fields } = need;
      needs.push({
        id: newId(),
        buyerOrganizationId: plan.buyer(buyer),
        createdByUserId: null,
        fields,
        state: publishedState(publishedAt),
        sourceRef,
      });
    }

    // Supplier profiles: the demo supplier's, then one organization per TED winner.
    const profiles: ProfileBulkRow[] = [];
    const profileRow = (organizationId: string, { sourceRef, ...fields }: typeof DEMO_SUPPLIER_PROFILE): ProfileBulkRow => ({
      id: newId(),
      organizationId,
      fields,
      sourceRef,
    });
    if (!knownProfiles.has(DEMO_SUPPLIER_PROFILE.sourceRef)) profiles.push(profileRow(demoSupplierId, DEMO_SUPPLIER_PROFILE));
    for (const { organization, profile } of mappedSuppliers) {
      if (knownProfiles.has(profile.sourceRef)) continue;
      profiles.push(profileRow(plan.add('SUPPLIER', organization, false), profile));
    }

    await insertPlannedOrganizations(em, plan, now);
    await insertUsers(em, users);
    await writeNeeds(em, needs, now);
    await writeSupplierProfiles(em, profiles);

    const events: OutboxEvent[] = [
      ...needs
        .filter((n) => n.state.status === 'PUBLISHED')
        .map((n): OutboxEvent => ({ type: 'need.published', payload: { needId: n.id }, priority: JobPriority.Bulk })),
      ...profiles
        .filter((p) => p.fields.discoverable)
        .map((p): OutboxEvent => ({ type: 'supplier.updated', payload: { supplierId: p.id }, priority: JobPriority.Bulk })),
    ];
    const outbox = new OutboxWriter();
    for (let i = 0; i < events.length; i += OUTBOX_CHUNK) await outbox.add(em, ...events.slice(i, i + OUTBOX_CHUNK));

    const result: SeedDemoResult = {
      organizations: plan.rows.length,
      users: users.length,
      needs: needs.length,
      suppliers: profiles.length,
      skipped: false,
    };
    log(
      `Demo seed wrote ${result.organizations} organizations, ${result.users} users, ${result.needs} needs, ${result.suppliers} supplier profiles, ${events.length} outbox events`,
    );
    return result;
  });
}
