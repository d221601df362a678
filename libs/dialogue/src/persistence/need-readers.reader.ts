import { buyerGroupsOfOrganization, groupMemberOrganizations, membersOfGroups } from '@navet/buyer-groups';
import type { Queryable } from '@navet/database';
import { needIdsOfBuyer, needOwners } from '@navet/needs';
import type { NeedReaders } from '../domain/dialogue-access';

/**
 * The readers of each need's dialogues, for `dialogueAccess`: the owning buyer organization, and the
 * other organizations of the need's buyer group as `existenceReaders` (they see that dialogues
 * exist, not their messages).
 */
export async function needReadersOf(db: Queryable, needIds: readonly string[]): Promise<Map<string, NeedReaders>> {
  const [owners, groups] = await Promise.all([needOwners(db, needIds), groupMemberOrganizations(db, needIds)]);
  return new Map(
    [...owners].map(([needId, o]) => [
      needId,
      {
        ownerOrganizationId: o.buyerOrganizationId,
        existenceReaders: (groups.get(needId) ?? []).filter((org) => org !== o.buyerOrganizationId),
      },
    ]),
  );
}

/** The needs whose dialogues an organization reads as a buyer: its own and those of its buyer groups. */
export async function needIdsReadBy(db: Queryable, organizationId: string): Promise<string[]> {
  const [own, groups] = await Promise.all([needIdsOfBuyer(db, organizationId), buyerGroupsOfOrganization(db, organizationId)]);
  const members = await membersOfGroups(
    db,
    groups.map((g) => g.id),
  );
  return [...new Set([...own, ...[...members.values()].flatMap((m) => m.needIds)])];
}
