import { needOwners } from '@navet/needs';
import { organizationsOfProfiles } from '@navet/suppliers';
import type { Match } from '../domain/match';
import type { Queryable } from '@navet/database';

/** A match row with the organizations of both parties, which every access check needs. */
export interface MatchRow extends Match {
  buyerOrganizationId: string;
  supplierOrganizationId: string;
}

export const MATCH_COLUMNS = `
  m.id, m.need_id AS "needId", m.supplier_id AS "supplierId", m.score, m.components, m.explanation, m.status,
  m.supplier_interested AS "supplierInterested", m.buyer_invited AS "buyerInvited",
  m.criteria_version AS "criteriaVersion", m.origin, m.declined_by AS "declinedBy", m.connected_at AS "connectedAt",
  m.interest_message AS "interestMessage", m.invitation_message AS "invitationMessage",
  m.interested_at AS "interestedAt", m.invited_at AS "invitedAt", m.decline_reason AS "declineReason",
  m.version, m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

export const MATCH_FROM = `FROM matches m`;

/** Adds both parties' organizations, read from their owners (needs, suppliers). */
export async function withParties(db: Queryable, matches: readonly Match[]): Promise<MatchRow[]> {
  if (matches.length === 0) return [];
  const [owners, suppliers] = await Promise.all([
    needOwners(
      db,
      matches.map((m) => m.needId),
    ),
    organizationsOfProfiles(
      db,
      matches.map((m) => m.supplierId),
    ),
  ]);
  return matches.map((m) => ({
    ...m,
    buyerOrganizationId: owners.get(m.needId)?.buyerOrganizationId ?? '',
    supplierOrganizationId: suppliers.get(m.supplierId) ?? '',
  }));
}

export function toMatch(row: Match): Match {
  return {
    id: row.id,
    needId: row.needId,
    supplierId: row.supplierId,
    score: Number(row.score),
    components: row.components,
    explanation: row.explanation,
    status: row.status,
    supplierInterested: row.supplierInterested,
    buyerInvited: row.buyerInvited,
    criteriaVersion: row.criteriaVersion,
    origin: row.origin,
    declinedBy: row.declinedBy,
    connectedAt: row.connectedAt,
    interestMessage: row.interestMessage ?? null,
    invitationMessage: row.invitationMessage ?? null,
    interestedAt: row.interestedAt ?? null,
    invitedAt: row.invitedAt ?? null,
    declineReason: row.declineReason ?? null,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function loadMatchRow(db: Queryable, id: string, forUpdate = false): Promise<MatchRow | null> {
  const lock = forUpdate ? 'FOR UPDATE OF m' : '';
  const rows: Match[] = await db.query(`SELECT ${MATCH_COLUMNS} ${MATCH_FROM} WHERE m.id = $1 ${lock}`, [id]);
  const [row] = await withParties(db, rows.map(toMatch));
  return row ?? null;
}

export async function loadMatchRowByPair(
  db: Queryable,
  needId: string,
  supplierId: string,
  forUpdate = false,
): Promise<MatchRow | null> {
  const lock = forUpdate ? 'FOR UPDATE OF m' : '';
  const rows: Match[] = await db.query(
    `SELECT ${MATCH_COLUMNS} ${MATCH_FROM} WHERE m.need_id = $1 AND m.supplier_id = $2 ${lock}`,
    [needId, supplierId],
  );
  const [row] = await withParties(db, rows.map(toMatch));
  return row ?? null;
}

/** The status of each match among `ids` (lean, for other libs that show state derived from it). */
export async function matchStatuses(db: Queryable, ids: readonly string[]): Promise<Map<string, Match['status']>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; status: Match['status'] }[] = await db.query(
    `SELECT id, status FROM matches WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.status]));
}
