import { forbidden, invalidState, notFound } from '@navet/core';
import { Actor, isAdmin } from '@navet/identity';
import type { MatchParty } from '../domain/match';
import { partyOf } from '../domain/match-lifecycle';
import type { MatchNeed } from '../persistence/match-need.reader';
import type { MatchRow } from '../persistence/match-row';

/** Outsiders learn nothing about a match, not even that it exists. */
export function requireReadable(actor: Actor, row: MatchRow | null): MatchRow {
  if (!row || (!isAdmin(actor) && !partyOf(actor.organizationId, row))) throw notFound('Match');
  return row;
}

/** The side the actor acts for; admins can read and rate but not decline on a party's behalf. */
export function requireParty(actor: Actor, row: MatchRow | null): { row: MatchRow; party: MatchParty } {
  const readable = requireReadable(actor, row);
  const party = partyOf(actor.organizationId, readable);
  if (!party) throw forbidden('Only the buyer or the supplier of a match can do this');
  return { row: readable, party };
}

/**
 * A need open for dialogue: published and before its dialogue deadline. Drafts are invisible to
 * suppliers (NOT_FOUND), closed needs and passed deadlines are INVALID_STATE.
 */
export function requireOpenNeed(need: MatchNeed | null, now: Date, visibleDraft = false): MatchNeed {
  if (!need || (need.status === 'DRAFT' && !visibleDraft)) throw notFound('Need');
  if (need.status === 'DRAFT') throw invalidState('The need must be published before suppliers can be invited');
  if (need.status === 'CLOSED') throw invalidState('The need is closed');
  if (need.dialogueDeadline && need.dialogueDeadline.getTime() < now.getTime()) {
    throw invalidState('The dialogue deadline of this need has passed');
  }
  return need;
}

/** Buyer side: the need must belong to the actor's organization (others' drafts stay invisible). */
export function requireOwnOpenNeed(actor: Actor, need: MatchNeed | null, now: Date): MatchNeed {
  if (need && need.buyerOrganizationId !== actor.organizationId) {
    if (need.status === 'DRAFT') throw notFound('Need');
    throw forbidden('Only the buyer organization that owns the need can invite suppliers');
  }
  return requireOpenNeed(need, now, true);
}

/**
 * The parties' own words on a match (interest and invitation messages) are for the two parties and
 * admins. Buyer-group members read the grouped need's matches, but not what the parties said to each
 * other, as they see that a dialogue exists but none of its messages.
 */
export function mayReadPartyWords(
  actor: Actor | null | undefined,
  parties: { buyerOrganizationId: string; supplierOrganizationId: string },
): boolean {
  return !!actor && (isAdmin(actor) || partyOf(actor.organizationId, parties) !== null);
}
