import { DataSource, EntityManager } from 'typeorm';
import { newId } from '@navet/core';
import { hashPassword, Role } from '@navet/identity';
import { OutboxEvent, OutboxWriter } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import { ReferenceCatalogue } from '@navet/reference';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import {
  DEMO_BUYER_ORG,
  DEMO_NEEDS,
  DEMO_SUPPLIER_ORG,
  DEMO_SUPPLIER_PROFILE,
  PLATFORM_ORG,
  UNVERIFIED_BUYER_ORG,
} from './demo-content';
import {
  OrganizationPlan,
  existingSourceRefs,
  insertPlannedOrganizations,
  insertRows,
  MappedSupplier,
  needsFromTedNotices,
  SeedProfile,
  supplierProfileFromTed,
  noticeRefs,
  readTedData,
} from '@navet/importer';

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

async function demoDataPresent(q: DataSource | EntityManager): Promise<boolean> {
  const rows = (await q.query('SELECT 1 FROM users WHERE lower(email) = $1', [adminAccount().email.toLowerCase()])) as unknown[];
  return rows.length > 0;
}

interface UserRow {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

interface NeedRow {
  id: string;
  buyerOrganizationId: string;
  createdByUserId: string | null;
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  language: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: string[];
  readiness: string;
  status: 'PUBLISHED' | 'DRAFT';
  stage: string;
  publishedAt: Date | null;
  sourceRef: string;
}

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

    const numbers = (await em.query(
      'SELECT country_code, organization_number FROM organizations WHERE organization_number IS NOT NULL',
    )) as {
      country_code: string;
      organization_number: string;
    }[];
    const plan = new OrganizationPlan(new Set(numbers.map((r) => `${r.country_code}|${r.organization_number}`)));
    const knownNeeds = await existingSourceRefs(em, 'needs', [
      ...mappedNeeds.map((m) => m.need.sourceRef),
      ...DEMO_NEEDS.map((d) => `demo-need:${d.key}`),
    ]);
    const knownProfiles = await existingSourceRefs(em, 'supplier_profiles', [
      ...mappedSuppliers.map((m) => m.profile.sourceRef),
      DEMO_SUPPLIER_PROFILE.sourceRef,
    ]);

    // Demo organizations and accounts.
    const platformId = plan.add('PLATFORM', { ...PLATFORM_ORG, organizationNumber: null }, true);
    const demoBuyerId = plan.add('PUBLIC_BUYER', { ...DEMO_BUYER_ORG, organizationNumber: null }, true);
    const newBuyerId = plan.add('PUBLIC_BUYER', { ...UNVERIFIED_BUYER_ORG, organizationNumber: null }, false);
    const demoSupplierId = plan.add('SUPPLIER', { ...DEMO_SUPPLIER_ORG, organizationNumber: null }, false);
    const seenPerRole: Record<Role, number> = { ADMIN: 0, BUYER: 0, SUPPLIER: 0 };
    const users: UserRow[] = DEMO_ACCOUNTS.map((account, i) => {
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
      };
    });
    const demoBuyerUser = users.find((u) => u.organizationId === demoBuyerId)?.id ?? null;

    // Needs: the hand-written ones of Demo kommun, then TED notices under their buyers.
    const now = new Date();
    const needs: NeedRow[] = [];
    for (const { key, ...d } of DEMO_NEEDS) {
      if (knownNeeds.has(`demo-need:${key}`)) continue;
      needs.push({
        ...d,
        id: newId(),
        buyerOrganizationId: demoBuyerId,
        createdByUserId: demoBuyerUser,
        language: 'sv',
        readiness: 'NEEDS_DEVELOPMENT',
        stage: d.status === 'PUBLISHED' ? 'MARKET_DIALOGUE' : 'NEED_ANALYSIS',
        publishedAt: d.status === 'PUBLISHED' ? now : null,
        sourceRef: `demo-need:${key}`,
      });
    }
    for (const { buyer, need } of mappedNeeds) {
      if (knownNeeds.has(need.sourceRef)) continue;
      needs.push({ ...need, id: newId(), buyerOrganizationId: plan.buyer(buyer), createdByUserId: null });
    }

    // Supplier profiles: the demo supplier's, then one organization per TED winner.
    const profiles: { id: string; organizationId: string; profile: SeedProfile }[] = [];
    if (!knownProfiles.has(DEMO_SUPPLIER_PROFILE.sourceRef))
      profiles.push({ id: newId(), organizationId: demoSupplierId, profile: DEMO_SUPPLIER_PROFILE });
    for (const { organization, profile } of mappedSuppliers) {
      if (knownProfiles.has(profile.sourceRef)) continue;
      profiles.push({ id: newId(), organizationId: plan.add('SUPPLIER', organization, false), profile });
    }

    await insertPlannedOrganizations(em, plan, now);
    await insertRows(
      em,
      'users',
      ['id', 'organization_id', 'email', 'name', 'role', 'password_hash', 'preferred_language'],
      users.map((u) => [u.id, u.organizationId, u.email, u.name, u.role, u.passwordHash, 'sv']),
    );
    await insertNeeds(em, needs);
    await insertProfiles(em, profiles);

    const events: OutboxEvent[] = [
      ...needs
        .filter((n) => n.status === 'PUBLISHED')
        .map((n): OutboxEvent => ({ type: 'need.published', payload: { needId: n.id }, priority: JobPriority.Bulk })),
      ...profiles
        .filter((p) => p.profile.discoverable)
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

function insertNeeds(em: EntityManager, needs: readonly NeedRow[]): Promise<void> {
  const columns = [
    'id',
    'buyer_organization_id',
    'created_by_user_id',
    'title',
    'summary',
    'description',
    'desired_outcomes',
    'language',
    'cpv_codes',
    'region_codes',
    'focus_areas',
    'readiness',
    'status',
    'stage',
    'published_at',
    'source_ref',
  ];
  const arrays = { desired_outcomes: 'text[]', cpv_codes: 'text[]', region_codes: 'text[]', focus_areas: 'text[]' };
  return insertRows(
    em,
    'needs',
    columns,
    needs.map((n) => [
      n.id,
      n.buyerOrganizationId,
      n.createdByUserId,
      n.title,
      n.summary,
      n.description,
      n.desiredOutcomes,
      n.language,
      n.cpvCodes,
      n.regionCodes,
      n.focusAreas,
      n.readiness,
      n.status,
      n.stage,
      n.publishedAt,
      n.sourceRef,
    ]),
    arrays,
  );
}

function insertProfiles(
  em: EntityManager,
  profiles: readonly { id: string; organizationId: string; profile: SeedProfile }[],
): Promise<void> {
  const columns = [
    'id',
    'organization_id',
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
    'source_ref',
  ];
  const casts = {
    offerings: 'text[]',
    cpv_codes: 'text[]',
    region_codes: 'text[]',
    focus_areas: 'text[]',
    references: 'jsonb',
    languages: 'text[]',
  };
  return insertRows(
    em,
    'supplier_profiles',
    columns,
    profiles.map(({ id, organizationId, profile: p }) => [
      id,
      organizationId,
      p.headline,
      p.description,
      p.offerings,
      p.cpvCodes,
      p.regionCodes,
      p.focusAreas,
      p.companySize,
      p.readiness,
      JSON.stringify(p.references),
      p.languages,
      p.discoverable,
      p.contactEmail,
      p.sourceRef,
    ]),
    casts,
  );
}
