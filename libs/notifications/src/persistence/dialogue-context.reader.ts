import { readDialogueOfMatch, readMessageWithDialogue } from '@navet/dialogue';
import { organizationNames, usersOfOrganizations } from '@navet/identity';
import { loadMatchRow } from '@navet/matching';
import { readNeed } from '@navet/needs';
import type { DialogueMessageContext } from '../domain/dialogue-message-plan';
import type { MatchDeclinedContext } from '../domain/match-declined-plan';
import type { MatchParty } from '../domain/match-event-plan';
import { loadMatchContext } from './match-context.reader';
import type { Db } from './sql';

/** Fresh state for telling the other side of a declined match; null unless the match exists and is declined. */
export async function loadMatchDeclinedContext(db: Db, matchId: string): Promise<MatchDeclinedContext | null> {
  const [match, ctx] = await Promise.all([loadMatchRow(db, matchId), loadMatchContext(db, matchId)]);
  if (!match || !ctx || match.status !== 'DECLINED' || !match.declinedBy) return null;
  const otherSideActed = match.declinedBy === 'BUYER' ? match.supplierInterested : match.buyerInvited;
  return { ...ctx, declinedBy: match.declinedBy, reason: match.declineReason, otherSideActed };
}

/** Fresh state for telling the other side of a dialogue message; null when the message (or its need) is gone. */
export async function loadDialogueMessageContext(db: Db, messageId: string): Promise<DialogueMessageContext | null> {
  const found = await readMessageWithDialogue(db, messageId);
  if (!found) return null;
  const { message, dialogue } = found;
  const need = await readNeed(db, dialogue.needId);
  if (!need) return null;
  const orgs = [dialogue.buyerOrganizationId, dialogue.supplierOrganizationId];
  const [names, users] = await Promise.all([organizationNames(db, orgs), usersOfOrganizations(db, orgs)]);
  const party = (organizationId: string): MatchParty => ({
    organizationId,
    name: names.get(organizationId) ?? '',
    users: users
      .filter((u) => u.organizationId === organizationId)
      .map((u) => ({ userId: u.userId, preferredLanguage: u.preferredLanguage })),
    // Never quoted: dialogue notifications say that a message arrived, not what it says.
    message: null,
  });
  return {
    messageId: message.id,
    dialogueId: dialogue.id,
    matchId: dialogue.matchId,
    needId: dialogue.needId,
    needTitle: need.title,
    authorSide: message.authorSide,
    confidentialityRequested: message.confidentialityRequested,
    buyer: party(dialogue.buyerOrganizationId),
    supplier: party(dialogue.supplierOrganizationId),
  };
}

/** The dialogue of a match (a DIALOGUE_MESSAGE link opens it), or null when it has none. */
export async function dialogueIdOfMatch(db: Db, matchId: string): Promise<string | null> {
  return (await readDialogueOfMatch(db, matchId))?.id ?? null;
}
