import { EntityManager } from 'typeorm';
import {
  buyersByName as storedBuyersByName,
  insertOrganizations,
  organizationsByNumber as storedByNumber,
  StoredOrganization as IdentityOrganization,
} from '@navet/identity';
import { profileIdsOfOrganizations } from '@navet/suppliers';
import { OrganizationPlan } from './ted/organization-plan';
import type { OrganizationInput } from './import-types';

/** A stored organization with its supplier profile, if it has one (read from identity and suppliers). */
export interface StoredOrganization extends IdentityOrganization {
  profileId: string | null;
}

export const numberKey = (countryCode: string, organizationNumber: string): string => `${countryCode}|${organizationNumber}`;
export const nameKey = (countryCode: string, name: string): string => `${countryCode}|${name.toLocaleLowerCase('sv')}`;

async function withProfiles(em: EntityManager, orgs: IdentityOrganization[]): Promise<StoredOrganization[]> {
  const profiles = await profileIdsOfOrganizations(
    em,
    orgs.map((o) => o.id),
  );
  return orgs.map((o) => ({ ...o, profileId: profiles.get(o.id) ?? null }));
}

/** Stored organizations holding any of these (country, organization number) pairs, keyed by numberKey. */
export async function organizationsByNumber(
  em: EntityManager,
  orgs: readonly OrganizationInput[],
): Promise<Map<string, StoredOrganization>> {
  const pairs = orgs.flatMap((o) =>
    o.organizationNumber ? [{ countryCode: o.countryCode, organizationNumber: o.organizationNumber }] : [],
  );
  const rows = await withProfiles(em, await storedByNumber(em, pairs));
  return new Map(rows.map((r) => [numberKey(r.countryCode, r.organizationNumber!), r]));
}

/** Stored buyer organizations with any of these names (case-insensitive) per country, oldest first wins. */
export async function buyersByName(
  em: EntityManager,
  orgs: readonly OrganizationInput[],
): Promise<Map<string, StoredOrganization>> {
  const rows = await withProfiles(em, await storedBuyersByName(em, orgs));
  // Newest first + Map overwrite = the oldest organization of a name wins.
  return new Map(rows.map((r) => [nameKey(r.countryCode, r.name), r]));
}

/** Inserts the organizations an OrganizationPlan collected (the seed's dedupe of organization numbers). */
export function insertPlannedOrganizations(em: EntityManager, plan: OrganizationPlan, now: Date): Promise<void> {
  return insertOrganizations(em, plan.rows, now);
}

/** Numbers already used in the database, so the plan drops them instead of violating organizations_number_uq. */
export const takenNumbers = (stored: ReadonlyMap<string, StoredOrganization>): Set<string> => new Set(stored.keys());
