import type { Queryable } from '@navet/database';
import type { BuyerGroupProposal } from '../domain/buyer-group';
import { PROPOSAL_COLUMNS } from './buyer-group.reader';

/** Stores a pending proposal; null when the pair already has one pending (either direction). */
export async function insertProposal(
  db: Queryable,
  p: Pick<BuyerGroupProposal, 'id' | 'fromNeedId' | 'toNeedId' | 'fromOrganizationId' | 'toOrganizationId' | 'message'>,
): Promise<BuyerGroupProposal | null> {
  const rows: BuyerGroupProposal[] = await db.query(
    `INSERT INTO buyer_group_proposals AS p (id, from_need_id, to_need_id, from_organization_id, to_organization_id, message)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING ${PROPOSAL_COLUMNS}`,
    [p.id, p.fromNeedId, p.toNeedId, p.fromOrganizationId, p.toOrganizationId, p.message],
  );
  return rows[0] ?? null;
}

export async function answerProposal(
  db: Queryable,
  id: string,
  status: 'ACCEPTED' | 'DECLINED',
  groupId: string | null,
): Promise<BuyerGroupProposal> {
  const rows: BuyerGroupProposal[] = await db.query(
    // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    `WITH p AS (UPDATE buyer_group_proposals SET status = $2, group_id = $3, responded_at = now()
       WHERE id = $1 AND status = 'PENDING' RETURNING *)
     SELECT ${PROPOSAL_COLUMNS} FROM p`,
    [id, status, groupId],
  );
  if (!rows[0]) throw new Error(`proposal ${id} was not pending under its lock`);
  return rows[0];
}

export async function insertGroup(
  db: Queryable,
  g: { id: string; name: string; createdByOrganizationId: string },
): Promise<void> {
  await db.query(`INSERT INTO buyer_groups (id, name, created_by_organization_id) VALUES ($1, $2, $3)`, [
    g.id,
    g.name,
    g.createdByOrganizationId,
  ]);
}

/** Locks the group row (joining and leaving serialize on it); false when it is gone or dissolved. */
export async function lockGroup(db: Queryable, groupId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM buyer_groups WHERE id = $1 AND dissolved_at IS NULL FOR UPDATE`, [
    groupId,
  ]);
  return rows.length > 0;
}

/** Adds a need; false when the need is already in a group (need_id is the key). */
export async function addNeedToGroup(db: Queryable, groupId: string, needId: string, organizationId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `INSERT INTO buyer_group_needs (need_id, group_id, organization_id) VALUES ($1, $2, $3)
     ON CONFLICT (need_id) DO NOTHING RETURNING need_id`,
    [needId, groupId, organizationId],
  );
  return rows.length > 0;
}

export async function removeNeedsFromGroup(db: Queryable, groupId: string, needIds: readonly string[]): Promise<void> {
  await db.query(`DELETE FROM buyer_group_needs WHERE group_id = $1 AND need_id = ANY($2::uuid[])`, [groupId, needIds]);
}

export async function markDissolved(db: Queryable, groupId: string): Promise<void> {
  await db.query(`UPDATE buyer_groups SET dissolved_at = now() WHERE id = $1`, [groupId]);
}
