import { organizationNames, usersOfOrganizations } from '@navet/identity';
import { readNeeds } from '@navet/needs';
import type { NeedSide } from '../domain/buyer-group-plan';
import type { Db } from './sql';

/** Each need with its buyer organization's name and users, read from the owners. */
export async function loadNeedSides(db: Db, needIds: readonly string[]): Promise<Map<string, NeedSide>> {
  const needs = await readNeeds(db, needIds);
  const orgIds = [...new Set(needs.map((n) => n.buyerOrganizationId))];
  const [names, users] = await Promise.all([organizationNames(db, orgIds), usersOfOrganizations(db, orgIds)]);
  return new Map(
    needs.map((n) => [
      n.id,
      {
        needId: n.id,
        title: n.title,
        organizationId: n.buyerOrganizationId,
        organizationName: names.get(n.buyerOrganizationId) ?? '',
        users: users
          .filter((u) => u.organizationId === n.buyerOrganizationId)
          .map((u) => ({ userId: u.userId, preferredLanguage: u.preferredLanguage })),
      },
    ]),
  );
}
