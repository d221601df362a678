import { EntityManager } from 'typeorm';
import { OrganizationKind } from '@navet/identity';
import { insertRows } from './ted/seed-sql';
import { OrganizationPlan } from './ted/organization-plan';
import type { OrganizationInput } from './import-types';

export interface StoredOrganization {
  id: string;
  kind: OrganizationKind;
  verified: boolean;
  countryCode: string;
  organizationNumber: string | null;
  name: string;
  /** The organization's supplier profile, if it has one. */
  profileId: string | null;
}

export const numberKey = (countryCode: string, organizationNumber: string): string => `${countryCode}|${organizationNumber}`;
export const nameKey = (countryCode: string, name: string): string => `${countryCode}|${name.toLocaleLowerCase('sv')}`;

interface OrgRow {
  id: string;
  kind: OrganizationKind;
  verified: boolean;
  country_code: string;
  organization_number: string | null;
  name: string;
  profile_id: string | null;
}

const toStored = (r: OrgRow): StoredOrganization => ({
  id: r.id,
  kind: r.kind,
  verified: r.verified,
  countryCode: r.country_code,
  organizationNumber: r.organization_number,
  name: r.name,
  profileId: r.profile_id,
});

const SELECT_ORG = `SELECT o.id, o.kind, o.verified, o.country_code, o.organization_number, o.name, p.id AS profile_id
  FROM organizations o LEFT JOIN supplier_profiles p ON p.organization_id = o.id`;

/** Stored organizations holding any of these (country, organization number) pairs, keyed by numberKey. */
export async function organizationsByNumber(
  em: EntityManager,
  orgs: readonly OrganizationInput[],
): Promise<Map<string, StoredOrganization>> {
  const withNumber = orgs.filter((o) => o.organizationNumber);
  if (withNumber.length === 0) return new Map();
  const rows = (await em.query(
    `${SELECT_ORG} WHERE (o.country_code, o.organization_number) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [withNumber.map((o) => o.countryCode), withNumber.map((o) => o.organizationNumber)],
  )) as OrgRow[];
  return new Map(rows.map((r) => [numberKey(r.country_code, r.organization_number!), toStored(r)]));
}

/** Stored buyer organizations with any of these names (case-insensitive) per country, oldest first wins. */
export async function buyersByName(
  em: EntityManager,
  orgs: readonly OrganizationInput[],
): Promise<Map<string, StoredOrganization>> {
  if (orgs.length === 0) return new Map();
  const rows = (await em.query(
    `${SELECT_ORG} WHERE o.kind = 'PUBLIC_BUYER'
       AND (o.country_code, lower(o.name)) IN (SELECT c, lower(n) FROM unnest($1::text[], $2::text[]) AS t(c, n))
     ORDER BY o.created_at DESC`,
    [orgs.map((o) => o.countryCode), orgs.map((o) => o.name)],
  )) as OrgRow[];
  // Descending order + Map overwrite = the oldest organization of a name wins.
  return new Map(rows.map((r) => [nameKey(r.country_code, r.name), toStored(r)]));
}

/** Inserts the organizations an OrganizationPlan collected (the seed's dedupe of organization numbers). */
export function insertPlannedOrganizations(em: EntityManager, plan: OrganizationPlan, now: Date): Promise<void> {
  return insertRows(
    em,
    'organizations',
    ['id', 'name', 'kind', 'organization_number', 'country_code', 'region_code', 'verified', 'verified_at'],
    plan.rows.map((o) => [
      o.id,
      o.name,
      o.kind,
      o.organizationNumber,
      o.countryCode,
      o.regionCode,
      o.verified,
      o.verified ? now : null,
    ]),
  );
}

/** Numbers already used in the database, so the plan drops them instead of violating organizations_number_uq. */
export const takenNumbers = (stored: ReadonlyMap<string, StoredOrganization>): Set<string> => new Set(stored.keys());
