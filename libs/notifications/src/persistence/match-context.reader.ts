import { organizationNames, usersOfOrganizations } from '@navet/identity';
import { loadMatchRow } from '@navet/matching';
import { readNeed } from '@navet/needs';
import type { MatchEventContext, MatchParty } from '../domain/match-event-plan';
import type { Db } from './sql';

/** Fresh state for planning one match event, read from the owners; null when the match (or its need) does not exist. */
export async function loadMatchContext(db: Db, matchId: string): Promise<MatchEventContext | null> {
  const match = await loadMatchRow(db, matchId);
  const need = match ? await readNeed(db, match.needId) : null;
  if (!match || !need) return null;
  const m = { ...match, buyerOrgId: match.buyerOrganizationId, supplierOrgId: match.supplierOrganizationId };
  const [names, users] = await Promise.all([
    organizationNames(db, [m.buyerOrgId, m.supplierOrgId]),
    usersOfOrganizations(db, [m.buyerOrgId, m.supplierOrgId]),
  ]);
  const party = (organizationId: string, name: string, message: string | null): MatchParty => ({
    organizationId,
    name,
    message,
    users: users
      .filter((u) => u.organizationId === organizationId)
      .map((u) => ({
        userId: u.userId,
        preferredLanguage: u.preferredLanguage,
      })),
  });
  return {
    withdrawn: m.status === 'WITHDRAWN',
    matchId: m.id,
    needId: m.needId,
    needTitle: need.title,
    needLanguage: need.language,
    score: m.score,
    explanation: m.explanation,
    components: m.components,
    buyer: party(m.buyerOrgId, names.get(m.buyerOrgId) ?? '', m.invitationMessage),
    supplier: party(m.supplierOrgId, names.get(m.supplierOrgId) ?? '', m.interestMessage),
  };
}
