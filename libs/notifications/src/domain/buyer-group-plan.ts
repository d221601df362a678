import type { Recipient } from './match-event-plan';
import type { NotificationDraft } from './notification';
import { textLanguageOf } from './notification-texts';
import { buyerGroupAnsweredText, buyerGroupProposedText, similarNeedText } from './buyer-group-texts';

/** One side of a pair of needs: the need, its buyer organization and that organization's users. */
export interface NeedSide {
  needId: string;
  title: string;
  organizationId: string;
  organizationName: string;
  users: readonly Recipient[];
}

/** The same key for both directions of a pair: each user hears of a pair once. */
export const similarNeedEventKey = (a: string, b: string): string =>
  a < b ? `similar-need:${a}:${b}` : `similar-need:${b}:${a}`;
export const buyerGroupProposedEventKey = (proposalId: string): string => `buyer-group-proposed:${proposalId}`;
export const buyerGroupAnsweredEventKey = (proposalId: string): string => `buyer-group-answered:${proposalId}`;

/** SIMILAR_NEED_FOUND to the users of both buyers, each told of the other's need (title and buyer are public). */
export function planSimilarNeedPair(a: NeedSide, b: NeedSide, score: number): NotificationDraft[] {
  const eventKey = similarNeedEventKey(a.needId, b.needId);
  const tell = (own: NeedSide, other: NeedSide): NotificationDraft[] =>
    own.users.map((u) => ({
      userId: u.userId,
      organizationId: own.organizationId,
      type: 'SIMILAR_NEED_FOUND',
      ...similarNeedText(textLanguageOf(u.preferredLanguage), {
        ownNeedTitle: own.title,
        otherNeedTitle: other.title,
        otherBuyerName: other.organizationName,
        score,
      }),
      needId: own.needId,
      matchId: null,
      eventKey,
      capped: false,
      deliver: true,
      webhookData: { similarNeedId: other.needId, similarNeedTitle: other.title, otherBuyerName: other.organizationName, score },
    }));
  return [...tell(a, b), ...tell(b, a)];
}

export interface ProposalContext {
  proposalId: string;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED';
  hasMessage: boolean;
  from: NeedSide;
  to: NeedSide;
}

/**
 * Planned from the proposal's current state: pending tells the receiver (BUYER_GROUP_PROPOSED),
 * answered tells the proposer (BUYER_GROUP_ANSWERED). A proposal answered before its first plan
 * ran only tells the proposer: the receiver already knows.
 */
export function planBuyerGroupProposal(p: ProposalContext): NotificationDraft[] {
  if (p.status === 'PENDING') {
    return p.to.users.map((u) => ({
      userId: u.userId,
      organizationId: p.to.organizationId,
      type: 'BUYER_GROUP_PROPOSED',
      ...buyerGroupProposedText(textLanguageOf(u.preferredLanguage), {
        ownNeedTitle: p.to.title,
        otherNeedTitle: p.from.title,
        otherBuyerName: p.from.organizationName,
        hasMessage: p.hasMessage,
      }),
      needId: p.to.needId,
      matchId: null,
      eventKey: buyerGroupProposedEventKey(p.proposalId),
      capped: false,
      deliver: true,
      webhookData: { proposalId: p.proposalId, fromNeedId: p.from.needId, fromBuyerName: p.from.organizationName },
    }));
  }
  const accepted = p.status === 'ACCEPTED';
  return p.from.users.map((u) => ({
    userId: u.userId,
    organizationId: p.from.organizationId,
    type: 'BUYER_GROUP_ANSWERED',
    ...buyerGroupAnsweredText(textLanguageOf(u.preferredLanguage), accepted, {
      ownNeedTitle: p.from.title,
      otherNeedTitle: p.to.title,
      otherBuyerName: p.to.organizationName,
    }),
    needId: p.from.needId,
    matchId: null,
    eventKey: buyerGroupAnsweredEventKey(p.proposalId),
    capped: false,
    deliver: true,
    webhookData: { proposalId: p.proposalId, toNeedId: p.to.needId, accepted, toBuyerName: p.to.organizationName },
  }));
}
