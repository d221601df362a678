import { invalidState } from '@navet/core';
import type { MatchParty, MatchStatus } from './match';

/** The part of a match the lifecycle rules look at. */
export interface MatchState {
  status: MatchStatus;
  supplierInterested: boolean;
  buyerInvited: boolean;
}

export type LifecycleEvent = 'match.interest-expressed' | 'match.invited' | 'match.connected';

/** The outcome of a transition. When `changed` is false the request is a repeat and nothing is written. */
export interface Transition {
  next: MatchState;
  changed: boolean;
  /** The outbox event to write with the change; declining has none. */
  event: LifecycleEvent | null;
  /** True only when this transition made the match CONNECTED. */
  becameConnected: boolean;
}

/** A fresh pair nobody has acted on yet (used when interest or an invitation creates the match). */
export const NEW_MATCH_STATE: Readonly<MatchState> = Object.freeze({
  status: 'SUGGESTED',
  supplierInterested: false,
  buyerInvited: false,
});

/** Interest and invitation together make a dialogue; either alone waits for the other side. */
function statusOf(supplierInterested: boolean, buyerInvited: boolean): MatchStatus {
  if (supplierInterested && buyerInvited) return 'CONNECTED';
  if (supplierInterested) return 'INTERESTED';
  if (buyerInvited) return 'INVITED';
  return 'SUGGESTED';
}

/**
 * A declined match stays declined: nobody re-opens it, so a "no" from either side is final and
 * the other side cannot force a dialogue by clicking again.
 */
function refuseDeclined(state: MatchState): void {
  if (state.status === 'DECLINED') throw invalidState('This match was declined and cannot be re-opened');
}

function raise(state: MatchState, supplierInterested: boolean, buyerInvited: boolean, event: LifecycleEvent): Transition {
  const next: MatchState = { status: statusOf(supplierInterested, buyerInvited), supplierInterested, buyerInvited };
  if (next.status === state.status && supplierInterested === state.supplierInterested && buyerInvited === state.buyerInvited) {
    return { next: state, changed: false, event: null, becameConnected: false };
  }
  const becameConnected = next.status === 'CONNECTED';
  return { next, changed: true, event: becameConnected ? 'match.connected' : event, becameConnected };
}

/** The supplier wants a dialogue. Repeating it changes nothing. */
export function expressInterestTransition(state: MatchState): Transition {
  refuseDeclined(state);
  return raise(state, true, state.buyerInvited, 'match.interest-expressed');
}

/** The buyer invites the supplier. Repeating it changes nothing. */
export function inviteTransition(state: MatchState): Transition {
  refuseDeclined(state);
  return raise(state, state.supplierInterested, true, 'match.invited');
}

/** Either side may decline at any point, also after connecting; declining twice changes nothing. */
export function declineTransition(state: MatchState): Transition {
  if (state.status === 'DECLINED') return { next: state, changed: false, event: null, becameConnected: false };
  return { next: { ...state, status: 'DECLINED' }, changed: true, event: null, becameConnected: false };
}

/** Which side of the match an organization is on; null for outsiders. */
export function partyOf(
  organizationId: string,
  match: { buyerOrganizationId: string; supplierOrganizationId: string },
): MatchParty | null {
  if (organizationId === match.buyerOrganizationId) return 'BUYER';
  if (organizationId === match.supplierOrganizationId) return 'SUPPLIER';
  return null;
}
