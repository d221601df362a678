import type { Queryable } from '@navet/database';
import { organizationNames } from '@navet/identity';
import {
  Need,
  publishedNeedsAfter as needsAfter,
  publishedNeedVersions as needVersions,
  readNeed,
  readPublishedNeeds,
} from '@navet/needs';
import type { IndexedVersion } from './indexed-version';

/** A need plus its buyer's name, as the indexer needs it (both read from their owners). */
export type NeedRow = Need & { buyerName: string };

async function withBuyerNames(db: Queryable, needs: Need[]): Promise<NeedRow[]> {
  const names = await organizationNames(
    db,
    needs.map((n) => n.buyerOrganizationId),
  );
  return needs.map((n) => ({ ...n, buyerName: names.get(n.buyerOrganizationId) ?? '' }));
}

/** Fresh state of one need, or null when it does not exist (any status). */
export async function loadNeedRow(db: Queryable, id: string): Promise<NeedRow | null> {
  const need = await readNeed(db, id);
  return need ? ((await withBuyerNames(db, [need]))[0] ?? null) : null;
}

/** Published needs after `afterId` in id order (keyset pagination: stable under concurrent writes). */
export async function publishedNeedsAfter(db: Queryable, afterId: string | null, limit: number): Promise<NeedRow[]> {
  return withBuyerNames(db, await needsAfter(db, afterId, limit));
}

/** Published needs among `ids`. */
export async function publishedNeedsByIds(db: Queryable, ids: readonly string[]): Promise<NeedRow[]> {
  return withBuyerNames(db, await readPublishedNeeds(db, ids));
}

/** Id and version of every published need (what the index should hold). */
export function publishedNeedVersions(db: Queryable): Promise<IndexedVersion[]> {
  return needVersions(db);
}
