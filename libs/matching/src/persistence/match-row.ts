import type { Match } from '../domain/match';
import type { Queryable } from './queryable';

/** A match row with the organizations of both parties, which every access check needs. */
export interface MatchRow extends Match {
  buyerOrganizationId: string;
  supplierOrganizationId: string;
}

export const MATCH_COLUMNS = `
  m.id, m.need_id AS "needId", m.supplier_id AS "supplierId", m.score, m.components, m.explanation, m.status,
  m.supplier_interested AS "supplierInterested", m.buyer_invited AS "buyerInvited",
  m.criteria_version AS "criteriaVersion", m.origin, m.declined_by AS "declinedBy", m.connected_at AS "connectedAt",
  m.version, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  n.buyer_organization_id AS "buyerOrganizationId", p.organization_id AS "supplierOrganizationId"`;

export const MATCH_FROM = `FROM matches m JOIN needs n ON n.id = m.need_id JOIN supplier_profiles p ON p.id = m.supplier_id`;

export function toMatch(row: MatchRow): Match {
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
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function loadMatchRow(db: Queryable, id: string, forUpdate = false): Promise<MatchRow | null> {
  const lock = forUpdate ? 'FOR UPDATE OF m' : '';
  const rows: MatchRow[] = await db.query(`SELECT ${MATCH_COLUMNS} ${MATCH_FROM} WHERE m.id = $1 ${lock}`, [id]);
  return rows[0] ?? null;
}

export async function loadMatchRowByPair(
  db: Queryable,
  needId: string,
  supplierId: string,
  forUpdate = false,
): Promise<MatchRow | null> {
  const lock = forUpdate ? 'FOR UPDATE OF m' : '';
  const rows: MatchRow[] = await db.query(
    `SELECT ${MATCH_COLUMNS} ${MATCH_FROM} WHERE m.need_id = $1 AND m.supplier_id = $2 ${lock}`,
    [needId, supplierId],
  );
  return rows[0] ?? null;
}
