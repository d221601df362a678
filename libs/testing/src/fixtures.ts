import { DataSource } from 'typeorm';
import { newId } from '@navet/core';
import type { Actor, Role } from '@navet/identity';

/**
 * Rows for lib-level integration tests, written as the other features would have written them.
 * The one place test rows are inserted with SQL; each returns the new row's id (or actor).
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
  await ds.query(`INSERT INTO organizations (id, name, kind, country_code, verified) VALUES ($1, $2, $3, 'SE', $4)`, [
    id,
    o.name ?? `Org ${kind}`,
    kind,
    o.verified ?? true,
  ]);
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

export async function insertUser(ds: DataSource, organization: OrganizationRef, u: UserOverrides = {}): Promise<string> {
  const id = newId();
  await ds.query(
    `INSERT INTO users (id, organization_id, email, name, role, password_hash, preferred_language)
     SELECT $1, o.id, $3, $4,
       coalesce($5, CASE o.kind WHEN 'SUPPLIER' THEN 'SUPPLIER' WHEN 'PLATFORM' THEN 'ADMIN' ELSE 'BUYER' END), $6, $7
     FROM organizations o WHERE o.id = $2`,
    [
      id,
      orgId(organization),
      u.email ?? `${id}@example.test`,
      u.name ?? 'Test Person',
      u.role ?? null,
      u.passwordHash ?? 'x',
      u.language ?? 'sv',
    ],
  );
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
  focusAreas?: string[];
  status?: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  dialogueDeadline?: Date | null;
}

/** A need of the buyer's organization; published (and dated) unless it is a draft. */
export async function insertNeed(ds: DataSource, buyer: OrganizationRef, n: NeedOverrides = {}): Promise<string> {
  const id = n.id ?? newId();
  await ds.query(
    `INSERT INTO needs (id, buyer_organization_id, title, summary, description, desired_outcomes, language, cpv_codes,
       region_codes, focus_areas, readiness, status, stage, published_at, dialogue_deadline)
     VALUES ($1, $2, $3, $4, $5, $6, 'sv', $7, $8, $9, 'MARKET_READY', $10, 'MARKET_DIALOGUE',
       CASE WHEN $10 <> 'DRAFT' THEN now() END, $11)`,
    [
      id,
      orgId(buyer),
      n.title ?? 'Eldrivna arbetsmaskiner',
      n.summary ?? 'Sammanfattning',
      n.description ?? 'Beskrivning av behovet',
      n.desiredOutcomes ?? [],
      n.cpvCodes ?? ['34144900-7'],
      n.regionCodes ?? ['SE110'],
      n.focusAreas ?? ['TRANSPORT'],
      n.status ?? 'PUBLISHED',
      n.dialogueDeadline ?? null,
    ],
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
  focusAreas?: string[];
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
  await ds.query(
    `INSERT INTO supplier_profiles (id, organization_id, headline, description, offerings, cpv_codes, region_codes,
       focus_areas, company_size, readiness, "references", contact_email, discoverable)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'SMALL', 'MARKET_READY', $9, $10, $11)`,
    [
      id,
      orgId(supplier),
      p.headline ?? 'Laddinfrastruktur',
      p.description ?? 'Vi bygger laddplatser',
      p.offerings ?? [],
      p.cpvCodes ?? ['31158100-9'],
      p.regionCodes ?? ['SE'],
      p.focusAreas ?? [],
      JSON.stringify(p.references ?? []),
      p.contactEmail ?? 'kontakt@example.se',
      p.discoverable ?? true,
    ],
  );
  return id;
}

export interface MatchOverrides {
  status?: 'SUGGESTED' | 'INTERESTED' | 'INVITED' | 'CONNECTED' | 'DECLINED';
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
