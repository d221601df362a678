import type { MatchEventContext, MatchParty } from '../domain/match-event-plan';
import { usersOfOrganizations } from './notification.repository';
import { Db, selectRows } from './sql';

interface MatchRow {
  matchId: string;
  needId: string;
  needTitle: string;
  score: number;
  explanation: string;
  buyerOrgId: string;
  buyerName: string;
  supplierOrgId: string;
  supplierName: string;
}

/** Fresh state for planning one match event; null when the match does not exist. */
export async function loadMatchContext(db: Db, matchId: string): Promise<MatchEventContext | null> {
  const [m] = await selectRows<MatchRow>(
    db,
    `SELECT m.id AS "matchId", n.id AS "needId", n.title AS "needTitle", m.score, m.explanation,
       b.id AS "buyerOrgId", b.name AS "buyerName", so.id AS "supplierOrgId", so.name AS "supplierName"
     FROM matches m
     JOIN needs n ON n.id = m.need_id
     JOIN organizations b ON b.id = n.buyer_organization_id
     JOIN supplier_profiles sp ON sp.id = m.supplier_id
     JOIN organizations so ON so.id = sp.organization_id
     WHERE m.id = $1`,
    [matchId],
  );
  if (!m) return null;
  const users = await usersOfOrganizations(db, [m.buyerOrgId, m.supplierOrgId]);
  const party = (organizationId: string, name: string): MatchParty => ({
    organizationId,
    name,
    users: users
      .filter((u) => u.organizationId === organizationId)
      .map((u) => ({
        userId: u.userId,
        preferredLanguage: u.preferredLanguage,
      })),
  });
  return {
    matchId: m.matchId,
    needId: m.needId,
    needTitle: m.needTitle,
    score: Number(m.score),
    explanation: m.explanation,
    buyer: party(m.buyerOrgId, m.buyerName),
    supplier: party(m.supplierOrgId, m.supplierName),
  };
}
