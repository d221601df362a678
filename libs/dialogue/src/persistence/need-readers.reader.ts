import type { Queryable } from '@navet/database';
import { needIdsOfBuyer, needOwners } from '@navet/needs';
import type { NeedReaders } from '../domain/dialogue-access';

/**
 * The readers of each need's dialogues, for `dialogueAccess`. Today the owning buyer organization
 * only. Buyer groups hook in here: add the group's other member organizations as
 * `existenceReaders` of every group need (they see that dialogues exist, not their messages), and
 * the group needs to `needIdsReadBy` below.
 */
export async function needReadersOf(db: Queryable, needIds: readonly string[]): Promise<Map<string, NeedReaders>> {
  const owners = await needOwners(db, needIds);
  return new Map(
    [...owners].map(([needId, o]) => [needId, { ownerOrganizationId: o.buyerOrganizationId, existenceReaders: [] }]),
  );
}

/** The needs whose dialogues an organization reads as a buyer (its own; buyer groups hook in here too). */
export function needIdsReadBy(db: Queryable, organizationId: string): Promise<string[]> {
  return needIdsOfBuyer(db, organizationId);
}
