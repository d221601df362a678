import { badInput, invalidState, optionalText, requireText } from '@navet/core';
import { DialogueSide, MAX_CONFIDENTIALITY_REASON, MAX_DIALOGUE_MESSAGE } from './dialogue';

export interface MessageInput {
  body: string | null | undefined;
  confidentialityRequested?: boolean | null;
  confidentialityReason?: string | null;
}

export interface ValidMessage {
  body: string;
  confidentialityRequested: boolean;
  confidentialityReason: string | null;
}

/**
 * A message as the author's side may send it. Only a supplier may ask for confidentiality (its
 * business secrets in a message to a public buyer); asking needs a reason the buyer can weigh.
 * Whether the buyer must disclose the message is the buyer's decision under the public-access law:
 * the flag is a request, never a promise.
 */
export function validateMessage(side: DialogueSide, input: MessageInput): ValidMessage {
  const body = requireText('body', input.body, 1, MAX_DIALOGUE_MESSAGE);
  const requested = input.confidentialityRequested ?? false;
  if (typeof requested !== 'boolean')
    throw badInput('confidentialityRequested', 'confidentialityRequested must be true or false');
  if (requested && side !== 'SUPPLIER') {
    throw badInput('confidentialityRequested', 'Only the supplier side can request confidentiality');
  }
  const reason = optionalText('confidentialityReason', input.confidentialityReason, MAX_CONFIDENTIALITY_REASON);
  if (requested && !reason) throw badInput('confidentialityReason', 'A reason is required when requesting confidentiality');
  if (!requested && reason) {
    throw badInput('confidentialityReason', 'A reason is only given together with confidentialityRequested');
  }
  return { body, confidentialityRequested: requested, confidentialityReason: reason };
}

/** What closes a dialogue for new messages; its history stays readable. */
export interface ClosingState {
  matchStatus: string | null;
  needStatus: string | null;
}

/** A declined match or a closed (or vanished) need closes the dialogue. */
export const isClosed = (s: ClosingState): boolean =>
  s.matchStatus === null || s.matchStatus === 'DECLINED' || s.needStatus === null || s.needStatus === 'CLOSED';

export function requireOpen(s: ClosingState): void {
  if (s.matchStatus === 'DECLINED') throw invalidState('The match was declined: the dialogue is closed for new messages');
  if (isClosed(s)) throw invalidState('The need is closed: the dialogue is closed for new messages');
}

/** The words a match already carries: the supplier's with its interest, the buyer's with its invitation. */
export interface MatchWords {
  interestMessage: string | null;
  invitationMessage: string | null;
  interestedAt: Date | null;
  invitedAt: Date | null;
  origin: 'MATCHER' | 'SUPPLIER' | 'BUYER';
  createdAt: Date;
  connectedAt: Date | null;
}

export interface OpeningMessage {
  authorSide: DialogueSide;
  body: string;
  createdAt: Date;
}

/**
 * The interest and invitation messages become the dialogue's first messages, at the time they
 * were written. Matches connected before those times were recorded fall back to the order the
 * sides acted in: the side that created the match first (at its creation), the other at connection.
 */
export function openingMessages(m: MatchWords, now: Date): OpeningMessage[] {
  const connected = m.connectedAt ?? now;
  const fallback = (side: DialogueSide): Date => (m.origin === side ? m.createdAt : connected);
  const out: OpeningMessage[] = [];
  const interest = m.interestMessage?.trim();
  const invitation = m.invitationMessage?.trim();
  if (interest) out.push({ authorSide: 'SUPPLIER', body: interest, createdAt: m.interestedAt ?? fallback('SUPPLIER') });
  if (invitation) out.push({ authorSide: 'BUYER', body: invitation, createdAt: m.invitedAt ?? fallback('BUYER') });
  return out.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export const DIALOGUE_OPENED_SUMMARY = (carried: number): string =>
  carried > 0
    ? `A dialogue opened between the buyer and a supplier; ${carried === 1 ? 'one earlier message opens' : `${carried} earlier messages open`} its history`
    : 'A dialogue opened between the buyer and a supplier';

/** Who wrote and that confidentiality was requested; never the text. */
export const dialogueMessageSummary = (side: DialogueSide, confidentialityRequested: boolean): string =>
  `${side === 'SUPPLIER' ? 'The supplier' : 'The buyer'} sent a dialogue message${
    confidentialityRequested ? ' (confidentiality requested)' : ''
  }`;
