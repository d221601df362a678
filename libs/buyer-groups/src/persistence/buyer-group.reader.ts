import type { Queryable } from '@navet/database';
import type { BuyerGroup, BuyerGroupProposal } from '../domain/buyer-group';

const GROUP_COLUMNS = `g.id, g.name, g.created_by_organization_id AS "createdByOrganizationId", g.created_at AS "createdAt",
  g.dissolved_at AS "dissolvedAt"`;

export const PROPOSAL_COLUMNS = `p.id, p.from_need_id AS "fromNeedId", p.to_need_id AS "toNeedId",
  p.from_organization_id AS "fromOrganizationId", p.to_organization_id AS "toOrganizationId", p.message, p.status,
  p.group_id AS "groupId", p.created_at AS "createdAt", p.responded_at AS "respondedAt"`;

/** The group each need is in now (needs without a group are absent). */
export async function buyerGroupsOfNeeds(db: Queryable, needIds: readonly string[]): Promise<Map<string, BuyerGroup>> {
  if (needIds.length === 0) return new Map();
  const rows: (BuyerGroup & { needId: string })[] = await db.query(
    `SELECT gn.need_id AS "needId", ${GROUP_COLUMNS}
       FROM buyer_group_needs gn JOIN buyer_groups g ON g.id = gn.group_id WHERE gn.need_id = ANY($1::uuid[])`,
    [[...new Set(needIds)]],
  );
  return new Map(rows.map(({ needId, ...g }) => [needId, g]));
}

/** The group id each need is in now; `lock` holds the membership rows until commit. */
export async function groupIdsOfNeeds(db: Queryable, needIds: readonly string[], lock = false): Promise<Map<string, string>> {
  if (needIds.length === 0) return new Map();
  const rows: { needId: string; groupId: string }[] = await db.query(
    `SELECT need_id AS "needId", group_id AS "groupId" FROM buyer_group_needs WHERE need_id = ANY($1::uuid[])
      ORDER BY need_id ${lock ? 'FOR UPDATE' : ''}`,
    [[...new Set(needIds)]],
  );
  return new Map(rows.map((r) => [r.needId, r.groupId]));
}

/**
 * For each need in a buyer group: the organizations of every need in that group (its own owner
 * included). Needs outside any group are absent. This is the access rule other libs use: a member
 * organization reads the matches, dialogues' existence and ledger of every need of its groups.
 */
export async function groupMemberOrganizations(db: Queryable, needIds: readonly string[]): Promise<Map<string, string[]>> {
  if (needIds.length === 0) return new Map();
  const rows: { needId: string; organizationIds: string[] }[] = await db.query(
    `SELECT mine.need_id AS "needId", array_agg(DISTINCT other.organization_id) AS "organizationIds"
       FROM buyer_group_needs mine JOIN buyer_group_needs other ON other.group_id = mine.group_id
      WHERE mine.need_id = ANY($1::uuid[]) GROUP BY mine.need_id`,
    [[...new Set(needIds)]],
  );
  return new Map(rows.map((r) => [r.needId, r.organizationIds]));
}

/** Whether the organization has a need in the buyer group of `needId` (false when the need is in none). */
export async function isGroupMember(db: Queryable, organizationId: string, needId: string): Promise<boolean> {
  return (await groupMemberOrganizations(db, [needId])).get(needId)?.includes(organizationId) ?? false;
}

export async function buyerGroupsByIds(db: Queryable, ids: readonly string[]): Promise<BuyerGroup[]> {
  if (ids.length === 0) return [];
  return db.query(`SELECT ${GROUP_COLUMNS} FROM buyer_groups g WHERE g.id = ANY($1::uuid[])`, [[...new Set(ids)]]);
}

/** Groups with a need of the organization, newest first. */
export function buyerGroupsOfOrganization(db: Queryable, organizationId: string): Promise<BuyerGroup[]> {
  return db.query(
    `SELECT ${GROUP_COLUMNS} FROM buyer_groups g
      WHERE EXISTS (SELECT 1 FROM buyer_group_needs gn WHERE gn.group_id = g.id AND gn.organization_id = $1)
      ORDER BY g.created_at DESC, g.id`,
    [organizationId],
  );
}

/** Member need ids and organizations of each group, in joining order. */
export async function membersOfGroups(
  db: Queryable,
  groupIds: readonly string[],
): Promise<Map<string, { needIds: string[]; organizationIds: string[] }>> {
  if (groupIds.length === 0) return new Map();
  const rows: { groupId: string; needId: string; organizationId: string }[] = await db.query(
    `SELECT group_id AS "groupId", need_id AS "needId", organization_id AS "organizationId"
       FROM buyer_group_needs WHERE group_id = ANY($1::uuid[]) ORDER BY joined_at, need_id`,
    [[...new Set(groupIds)]],
  );
  const out = new Map<string, { needIds: string[]; organizationIds: string[] }>(
    groupIds.map((id) => [id, { needIds: [], organizationIds: [] }]),
  );
  for (const r of rows) {
    const m = out.get(r.groupId)!;
    m.needIds.push(r.needId);
    if (!m.organizationIds.includes(r.organizationId)) m.organizationIds.push(r.organizationId);
  }
  return out;
}

/** Groups that still have needs (platform statistics). */
export async function countBuyerGroups(db: Queryable): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM buyer_groups WHERE dissolved_at IS NULL`);
  return rows[0]?.n ?? 0;
}

export async function loadProposal(db: Queryable, id: string, lock = false): Promise<BuyerGroupProposal | null> {
  const rows: BuyerGroupProposal[] = await db.query(
    `SELECT ${PROPOSAL_COLUMNS} FROM buyer_group_proposals p WHERE p.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** Proposals the organization sent or received, newest first; optionally one status only. */
export function proposalsOfOrganization(
  db: Queryable,
  organizationId: string,
  status: string | null,
  limit: number,
): Promise<BuyerGroupProposal[]> {
  return db.query(
    `SELECT ${PROPOSAL_COLUMNS} FROM buyer_group_proposals p
      WHERE (p.from_organization_id = $1 OR p.to_organization_id = $1) AND ($2::text IS NULL OR p.status = $2)
      ORDER BY p.created_at DESC, p.id LIMIT $3`,
    [organizationId, status, limit],
  );
}
