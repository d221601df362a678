import { badInput, conflict, forbidden, invalidState, notFound } from '@navet/core';
import type { Question } from './clarification';

/** What the rules read from a need. */
export interface NeedFacts {
  id: string;
  buyerOrganizationId: string;
  status: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  dialogueDeadline: Date | null;
}

/** Who is acting, as far as these rules care. */
export interface ActorFacts {
  organizationId: string;
  role: 'BUYER' | 'SUPPLIER' | 'ADMIN';
}

/**
 * A supplier may ask on a published need before its dialogue deadline. Drafts do not exist for
 * suppliers (NOT_FOUND); a closed need or a passed deadline is INVALID_STATE.
 */
export function assertCanAsk(need: NeedFacts | null, now: Date): NeedFacts {
  if (!need || need.status === 'DRAFT') throw notFound('Need');
  if (need.status === 'CLOSED') throw invalidState('The need is closed');
  if (need.dialogueDeadline && need.dialogueDeadline.getTime() < now.getTime()) {
    throw invalidState('The dialogue deadline of this need has passed');
  }
  return need;
}

/**
 * Only the owning buyer organization publishes, on a published need. Another organization's
 * draft stays invisible (NOT_FOUND); another organization's public need is FORBIDDEN.
 */
export function assertCanPublish(actor: ActorFacts, need: NeedFacts | null): NeedFacts {
  if (!need) throw notFound('Need');
  if (need.buyerOrganizationId !== actor.organizationId) {
    if (need.status === 'DRAFT') throw notFound('Need');
    throw forbidden('Only the buyer organization that owns the need can publish clarifications');
  }
  if (need.status !== 'PUBLISHED') throw invalidState('Clarifications can only be published on a published need');
  return need;
}

/**
 * The question a clarification answers: of this need (another need's question, or one that does
 * not exist, is a bad questionId) and still open (answered already: CONFLICT, a stale view).
 */
export function assertAnswerable(question: Question | null, needId: string): Question {
  if (!question || question.needId !== needId) throw badInput('questionId', 'questionId is not a question on this need');
  if (question.status !== 'OPEN') throw conflict('The question has already been answered');
  return question;
}

/** The buyer organization and admins read every question on a need; others learn nothing more. */
export function assertCanListQuestions(actor: ActorFacts, need: NeedFacts | null): NeedFacts {
  const admin = actor.role === 'ADMIN';
  const owner = !!need && need.buyerOrganizationId === actor.organizationId;
  if (!need || (need.status === 'DRAFT' && !owner && !admin)) throw notFound('Need');
  if (!owner && !admin) throw forbidden("Only the need's buyer organization and admins see its questions");
  return need;
}

/** Who may learn which organization asked: the asker, the need's buyer organization and admins. */
export const mayKnowAsker = (actor: ActorFacts | null, question: Pick<Question, 'organizationId'>, buyerOrganizationId: string) =>
  !!actor &&
  (actor.role === 'ADMIN' || actor.organizationId === question.organizationId || actor.organizationId === buyerOrganizationId);

/** The ledger records that a contact happened, never what was asked or answered. */
export const QUESTION_ASKED_SUMMARY = 'A supplier asked a question about the need';
export const clarificationSummary = (answersQuestion: boolean): string =>
  answersQuestion
    ? "The buyer published a clarification answering a supplier's question, shared with every engaged supplier"
    : 'The buyer published a clarification, shared with every engaged supplier';
