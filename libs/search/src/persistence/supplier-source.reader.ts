import type { Queryable } from '@navet/database';
import { organizationNames } from '@navet/identity';
import {
  discoverableProfilesAfter,
  discoverableProfileVersions,
  existingProfileIds,
  SupplierProfile,
  supplierProfilesByIds,
} from '@navet/suppliers';
import type { IndexedVersion } from './indexed-version';

/** A supplier profile plus its organization's name, as the indexer needs it (both read from their owners). */
export type SupplierRow = SupplierProfile & { organizationName: string };

async function withOrganizationNames(db: Queryable, profiles: SupplierProfile[]): Promise<SupplierRow[]> {
  const names = await organizationNames(
    db,
    profiles.map((p) => p.organizationId),
  );
  return profiles.map((p) => ({ ...p, organizationName: names.get(p.organizationId) ?? '' }));
}

export async function loadSupplierRow(db: Queryable, id: string): Promise<SupplierRow | null> {
  return (await withOrganizationNames(db, await supplierProfilesByIds(db, [id])))[0] ?? null;
}

/** Discoverable profiles after `afterId` in id order (keyset pagination). */
export async function discoverableSuppliersAfter(db: Queryable, afterId: string | null, limit: number): Promise<SupplierRow[]> {
  return withOrganizationNames(db, await discoverableProfilesAfter(db, afterId, limit));
}

export async function discoverableSuppliersByIds(db: Queryable, ids: readonly string[]): Promise<SupplierRow[]> {
  return withOrganizationNames(db, await supplierProfilesByIds(db, ids, { discoverableOnly: true }));
}

export function discoverableSupplierVersions(db: Queryable): Promise<IndexedVersion[]> {
  return discoverableProfileVersions(db);
}

export { existingProfileIds };
