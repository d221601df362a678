import { DataSource } from 'typeorm';
import { newId } from '@navet/core';
import { Actor, insertOrganizations, insertUsers, organizationsByIds, Role } from '@navet/identity';
import { closedChange, draftState, NeedLifecycleState, publishedState, writeNeeds } from '@navet/needs';
import type { FocusArea } from '@navet/reference';
import { writeSupplierProfiles } from '@navet/suppliers';

/**
 * Rows for lib-level integration tests, written as the other features would have written them:
 * organizations, users, needs and profiles through their owners' bulk writers (the same path as
 * imports and seeds); matches in a given status, ratings and webhooks, which no single production
 * call creates, with SQL in this one place. Each returns the new row's id (or actor).
 */

export type OrganizationKind = 'PUBLIC_BUYER' | 'SUPPLIER' | 'PLATFORM';
/** An organization id, or anything that carries one (an Actor). */
export type OrganizationRef = string | { organizationId: string };

const orgId = (o: OrganizationRef): string => (typeof o === 'string' ? o : o.organizationId);
const KIND_OF_ROLE: Record<Role, OrganizationKind> = { BUYER: 'PUBLIC_BUYER', SUPPLIER: 'SUPPLIER', ADMIN: 'PLATFORM' };

export interface OrganizationOverrides {
  id?: string;
  name?: string;
  kind?: OrganizationKind;
  verified?: boolean;
}

export async function insertOrganization(ds: DataSource, o: OrganizationOverrides = {}): Promise<string> {
  const id = o.id ?? newId();
  const kind = o.kind ?? 'PUBLIC_BUYER';
  const row = { id, name: o.name ?? `Org ${kind}`, kind, organizationNumber: null, countryCode: 'SE', regionCode: null };
  await insertOrganizations(ds, [{ ...row, verified: o.verified ?? true }], new Date());
  return id;
}

export interface UserOverrides {
  email?: string;
  name?: string;
  /** Default: BUYER in a public buyer, SUPPLIER in a supplier, ADMIN on the platform. */
  role?: Role;
  language?: string;
  passwordHash?: string;
}

const ROLE_OF_KIND: Record<OrganizationKind, Role> = { PUBLIC_BUYER: 'BUYER', SUPPLIER: 'SUPPLIER', PLATFORM: 'ADMIN' };

export async function insertUser(ds: DataSource, organization: OrganizationRef, u: UserOverrides = {}): Promise<string> {
  const id = newId();
  const organizationId = orgId(organization);
  const [org] = await organizationsByIds(ds, [organizationId]);
  if (!org) throw new Error(`insertUser: no organization ${organizationId}`);
  await insertUsers(ds, [
    {
      id,
      organizationId,
      email: u.email ?? `${id}@example.test`,
      name: u.name ?? 'Test Person',
      role: u.role ?? ROLE_OF_KIND[org.kind],
      passwordHash: u.passwordHash ?? 'x',
      preferredLanguage: u.language ?? 'sv',
    },
  ]);
  return id;
}

/** An organization of the role's kind with one user; returns the user as an actor. */
export async function insertActor(ds: DataSource, role: Role, o: { name?: string } = {}): Promise<Actor> {
  const organizationId = await insertOrganization(ds, { name: o.name ?? `Org ${role}`, kind: KIND_OF_ROLE[role] });
  const userId = await insertUser(ds, organizationId, { role });
  return { userId, organizationId, role };
}

export interface NeedOverrides {
  id?: string;
  title?: string;
  summary?: string;
  description?: string;
  desiredOutcomes?: string[];
  cpvCodes?: string[];
  regionCodes?: string[];
  focusAreas?: FocusArea[];
  status?: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  dialogueDeadline?: Date | null;
  /** The buyer-side user who wrote it (the need's contact); none by default. */
  createdByUserId?: string | null;
}

/** A need of the buyer's organization; published (and dated) unless it is a draft. */
const needState = (status: NeedOverrides['status'], now: Date): NeedLifecycleState =>
  status === 'DRAFT'
    ? draftState()
    : status === 'CLOSED'
      ? { ...publishedState(now), ...closedChange(now) }
      : publishedState(now);

export async function insertNeed(ds: DataSource, buyer: OrganizationRef, n: NeedOverrides = {}): Promise<string> {
  const id = n.id ?? newId();
  const now = new Date();
  const fields = {
    title: n.title ?? 'Eldrivna arbetsmaskiner',
    summary: n.summary ?? 'Sammanfattning',
    description: n.description ?? 'Beskrivning av behovet',
    desiredOutcomes: n.desiredOutcomes ?? [],
    language: 'sv',
    cpvCodes: n.cpvCodes ?? ['34144900-7'],
    regionCodes: n.regionCodes ?? ['SE110'],
    focusAreas: n.focusAreas ?? ['TRANSPORT'],
    readiness: 'MARKET_READY',
    estimatedValueSek: null,
    dialogueDeadline: n.dialogueDeadline ?? null,
  } as const;
  const row = { id, buyerOrganizationId: orgId(buyer), createdByUserId: n.createdByUserId ?? null, sourceRef: null };
  await writeNeeds(
    ds,
    [{ ...row, fields: { ...fields, focusAreas: [...fields.focusAreas] }, state: needState(n.status, now) }],
    now,
  );
  return id;
}

export interface SupplierReference {
  title: string;
  customer: string;
  year: number;
  description: string | null;
}

export interface SupplierProfileOverrides {
  id?: string;
  headline?: string;
  description?: string;
  offerings?: string[];
  cpvCodes?: string[];
  regionCodes?: string[];
  focusAreas?: FocusArea[];
  references?: SupplierReference[];
  contactEmail?: string;
  discoverable?: boolean;
}

/** The supplier organization's profile (one per organization); discoverable unless told. */
export async function insertSupplierProfile(
  ds: DataSource,
  supplier: OrganizationRef,
  p: SupplierProfileOverrides = {},
): Promise<string> {
  const id = p.id ?? newId();
  const fields = {
    headline: p.headline ?? 'Laddinfrastruktur',
    description: p.description ?? 'Vi bygger laddplatser',
    offerings: p.offerings ?? [],
    cpvCodes: p.cpvCodes ?? ['31158100-9'],
    regionCodes: p.regionCodes ?? ['SE'],
    focusAreas: p.focusAreas ?? [],
    companySize: 'SMALL',
    readiness: 'MARKET_READY',
    references: p.references ?? [],
    languages: [],
    discoverable: p.discoverable ?? true,
    contactEmail: p.contactEmail ?? 'kontakt@example.se',
  } as const;
  await writeSupplierProfiles(ds, [
    {
      id,
      organizationId: orgId(supplier),
      fields: {
        ...fields,
        offerings: [...fields.offerings],
        cpvCodes: [...fields.cpvCodes],
        regionCodes: [...fields.regionCodes],
        focusAreas: [...fields.focusAreas],
        references: [...fields.references],
        languages: [],
      },
      sourceRef: null,
    },
  ]);
  return id;
}

export interface MatchOverrides {
  status?: 'SUGGESTED' | 'INTERESTED' | 'INVITED' | 'CONNECTED' | 'DECLINED' | 'WITHDRAWN';
  score?: number;
  explanation?: string;
  criteriaVersion?: number | null;
}

/** A match row as the matcher would have suggested it. */
export async function insertMatch(ds: DataSource, needId: string, supplierId: string, m: MatchOverrides = {}): Promise<string> {
  const id = newId();
  await ds.query(
    `INSERT INTO matches (id, need_id, supplier_id, status, score, explanation, criteria_version) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      needId,
      supplierId,
      m.status ?? 'SUGGESTED',
      m.score ?? 0.8,
      m.explanation ?? 'Stark matchning: samma CPV-klass.',
      m.criteriaVersion ?? null,
    ],
  );
  return id;
}

/** The organization's relevance rating of a match. */
export async function insertMatchRating(ds: DataSource, matchId: string, by: OrganizationRef, relevant: boolean): Promise<void> {
  await ds.query(`INSERT INTO match_ratings (match_id, organization_id, relevant) VALUES ($1, $2, $3)`, [
    matchId,
    orgId(by),
    relevant,
  ]);
}

export async function insertWebhook(ds: DataSource, organization: OrganizationRef, url: string, secret: string): Promise<void> {
  await ds.query(`INSERT INTO organization_webhooks (organization_id, url, secret) VALUES ($1, $2, $3)`, [
    orgId(organization),
    url,
    secret,
  ]);
}
