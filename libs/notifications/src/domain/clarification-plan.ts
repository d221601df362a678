import { clarificationText, questionAskedText } from './clarification-texts';
import type { Recipient } from './match-event-plan';
import type { NotificationDraft } from './notification';
import { textLanguageOf } from './notification-texts';

export const clarificationEventKey = (clarificationId: string): string => `clarification:${clarificationId}`;
export const questionAskedEventKey = (questionId: string): string => `question:${questionId}`;

export interface RecipientOrganization {
  organizationId: string;
  users: readonly Recipient[];
}

/** Everything the planner needs about one clarification, loaded fresh by id. */
export interface ClarificationEventContext {
  clarificationId: string;
  needId: string;
  needTitle: string;
  buyerName: string;
  question: string;
  answer: string;
  /** Supplier organizations INTERESTED, INVITED or CONNECTED on the need. */
  engaged: readonly RecipientOrganization[];
  /** The organization whose question this answers; null for a clarification nobody asked for. */
  asker: RecipientOrganization | null;
}

/**
 * One draft per user of every engaged supplier organization and of the asker, all from one event
 * (stored together, so nobody hears it earlier). The asker's identity is in no draft another
 * organization gets: not in the text, not in the webhook data.
 */
export function planClarification(ctx: ClarificationEventContext): NotificationDraft[] {
  const orgs = new Map<string, RecipientOrganization>();
  for (const o of [...ctx.engaged, ...(ctx.asker ? [ctx.asker] : [])]) orgs.set(o.organizationId, o);
  const eventKey = clarificationEventKey(ctx.clarificationId);
  const input = { needTitle: ctx.needTitle, buyerName: ctx.buyerName, question: ctx.question, answer: ctx.answer };
  return [...orgs.values()].flatMap((org) => {
    const toAsker = ctx.asker?.organizationId === org.organizationId;
    return org.users.map((u): NotificationDraft => {
      const text = clarificationText(textLanguageOf(u.preferredLanguage), input, toAsker);
      return {
        userId: u.userId,
        organizationId: org.organizationId,
        type: 'CLARIFICATION_PUBLISHED',
        title: text.title,
        body: text.body,
        needId: ctx.needId,
        matchId: null,
        eventKey,
        capped: false,
        deliver: true,
        // Ids and the buyer's public words only: the question and answer are read on the need.
        webhookData: {
          clarificationId: ctx.clarificationId,
          needTitle: ctx.needTitle,
          buyerName: ctx.buyerName,
          answersOwnQuestion: toAsker,
        },
      };
    });
  });
}

export interface QuestionAskedContext {
  questionId: string;
  needId: string;
  needTitle: string;
  buyer: RecipientOrganization;
}

/** The buyer organization's users, in-app only: a question is a nudge to answer, not an alarm. */
export function planQuestionAsked(ctx: QuestionAskedContext): NotificationDraft[] {
  return ctx.buyer.users.map((u): NotificationDraft => {
    const text = questionAskedText(textLanguageOf(u.preferredLanguage), ctx.needTitle);
    return {
      userId: u.userId,
      organizationId: ctx.buyer.organizationId,
      type: 'QUESTION_ASKED',
      title: text.title,
      body: text.body,
      needId: ctx.needId,
      matchId: null,
      eventKey: questionAskedEventKey(ctx.questionId),
      capped: false,
      deliver: false,
      webhookData: null,
    };
  });
}
