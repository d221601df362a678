import type { Queryable } from '@navet/database';
import { organizationNames } from '@navet/identity';
import {
  countDiscoverableProfiles,
  supplierFactsByIds,
  SupplierProfileFacts,
  SupplierProfileText,
  supplierTextOfOrganization,
  supplierTextsByIds,
} from '@navet/suppliers';

/** What scoring reads from a supplier profile: everything but its free text, plus the organization's name. */
export type SupplierFacts = SupplierProfileFacts & { organizationName: string };

/** What matching reads from a supplier profile. */
export type MatchSupplier = SupplierProfileText & { organizationName: string };

async function withNames<T extends { organizationId: string }>(
  db: Queryable,
  rows: T[],
): Promise<(T & { organizationName: string })[]> {
  const names = await organizationNames(
    db,
    rows.map((r) => r.organizationId),
  );
  return rows.map((r) => ({ ...r, organizationName: names.get(r.organizationId) ?? '' }));
}

export async function loadMatchSupplier(db: Queryable, id: string): Promise<MatchSupplier | null> {
  const [s] = await withNames(db, await supplierTextsByIds(db, [id]));
  return s ?? null;
}

export async function loadSupplierOfOrganization(db: Queryable, organizationId: string): Promise<MatchSupplier | null> {
  const profile = await supplierTextOfOrganization(db, organizationId);
  if (!profile) return null;
  const [s] = await withNames(db, [profile]);
  return s ?? null;
}

/** Discoverable profiles only: a hidden profile is never suggested. */
export async function loadDiscoverableSuppliers(db: Queryable, ids: readonly string[]): Promise<MatchSupplier[]> {
  return withNames(db, await supplierTextsByIds(db, ids, { discoverableOnly: true }));
}

/** The same without the free text: re-scoring stored candidates needs no text, and 450 descriptions weigh a megabyte. */
export async function loadDiscoverableSupplierFacts(db: Queryable, ids: readonly string[]): Promise<SupplierFacts[]> {
  return withNames(db, await supplierFactsByIds(db, ids, { discoverableOnly: true }));
}

export const countDiscoverableSuppliers = countDiscoverableProfiles;
