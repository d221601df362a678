import { badInput, conflict, forbidden, invalidState, notFound, optionalText } from '@navet/core';

export const BUYER_GROUP_PROPOSAL_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type BuyerGroupProposalStatus = (typeof BUYER_GROUP_PROPOSAL_STATUSES)[number];

/** A group of needs of several buyer organizations that procure together (beställargrupp). */
export interface BuyerGroup {
  id: string;
  name: string;
  createdByOrganizationId: string;
  createdAt: Date;
  /** Set once its last need left; a dissolved group has no needs. */
  dissolvedAt: Date | null;
}

export interface BuyerGroupProposal {
  id: string;
  fromNeedId: string;
  toNeedId: string;
  fromOrganizationId: string;
  toOrganizationId: string;
  message: string | null;
  status: BuyerGroupProposalStatus;
  /** The group the acceptance formed or extended. */
  groupId: string | null;
  createdAt: Date;
  respondedAt: Date | null;
}

/** What the rules read from a need. */
export interface GroupNeedView {
  id: string;
  buyerOrganizationId: string;
  status: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  title: string;
}

export const MAX_PROPOSAL_MESSAGE = 2000;
export const MAX_GROUP_NAME = 200;

export const validateProposalMessage = (message: string | null | undefined): string | null =>
  optionalText('message', message, MAX_PROPOSAL_MESSAGE);

/**
 * The group is named after the proposer's need: the proposal starts from it, and buyers recognise
 * their shared problem by its title. (The contract lets the proposer pass no name.)
 */
export const groupNameFor = (proposerNeed: Pick<GroupNeedView, 'title'>): string =>
  proposerNeed.title.trim().slice(0, MAX_GROUP_NAME) || 'Beställargrupp';

/** The actor's own need; another organization's draft stays invisible. */
export function requireOwnNeed(organizationId: string, need: GroupNeedView | null, field: string): GroupNeedView {
  if (!need || (need.buyerOrganizationId !== organizationId && need.status === 'DRAFT')) throw notFound('Need');
  if (need.buyerOrganizationId !== organizationId) {
    throw forbidden(`Only the buyer organization that owns ${field} can do this`);
  }
  return need;
}

/**
 * Who may propose what. `fromGroupId`/`toGroupId`: the groups the needs are in now. A pending
 * duplicate is refused by the store (CONFLICT), since it needs the table.
 */
export function checkProposal(
  organizationId: string,
  from: GroupNeedView | null,
  to: GroupNeedView | null,
  fromGroupId: string | null,
  toGroupId: string | null,
): { from: GroupNeedView; to: GroupNeedView } {
  const own = requireOwnNeed(organizationId, from, 'fromNeedId');
  if (own.status !== 'PUBLISHED') throw invalidState('Only a published need can propose a buyer group');
  if (!to || (to.status === 'DRAFT' && to.buyerOrganizationId !== organizationId)) throw notFound('Need');
  if (to.buyerOrganizationId === organizationId) {
    throw badInput('toNeedId', "toNeedId must be another buyer organization's need");
  }
  if (to.status !== 'PUBLISHED') throw invalidState('Only a published need can join a buyer group');
  if (toGroupId !== null && toGroupId === fromGroupId) throw conflict('The needs are already in the same buyer group');
  if (toGroupId !== null) throw conflict('The other need already belongs to a buyer group');
  return { from: own, to };
}

/** Only the receiving organization answers; others learn nothing, the proposer is refused. */
export function checkResponder(organizationId: string, proposal: BuyerGroupProposal | null): BuyerGroupProposal {
  if (!proposal || (proposal.toOrganizationId !== organizationId && proposal.fromOrganizationId !== organizationId)) {
    throw notFound('BuyerGroupProposal');
  }
  if (proposal.toOrganizationId !== organizationId) {
    throw forbidden('Only the buyer organization that received the proposal can answer it');
  }
  if (proposal.status !== 'PENDING') throw invalidState(`The proposal is already ${proposal.status}`);
  return proposal;
}

/** At acceptance both needs must still be published and the receiver's need still free. */
export function checkAcceptance(
  from: GroupNeedView | null,
  to: GroupNeedView | null,
  fromGroupId: string | null,
  toGroupId: string | null,
): { from: GroupNeedView; to: GroupNeedView } {
  if (!from || !to) throw notFound('Need');
  if (from.status !== 'PUBLISHED' || to.status !== 'PUBLISHED') {
    throw invalidState('Both needs must still be published to form a buyer group');
  }
  if (toGroupId !== null && toGroupId === fromGroupId) throw conflict('The needs are already in the same buyer group');
  if (toGroupId !== null) throw conflict('The need already belongs to another buyer group');
  return { from, to };
}

/** A group with one need left is no group: that need leaves too. */
export const dissolvesAfterLeaving = (needsBefore: number): boolean => needsBefore <= 2;
