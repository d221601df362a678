import { badInput, isId, requireText } from '@navet/core';

export const QUESTION_STATUSES = ['OPEN', 'ANSWERED'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** A buyer's public answer on a need: everyone who may read the need reads it. */
export interface Clarification {
  id: string;
  needId: string;
  question: string;
  answer: string;
  publishedAt: Date;
}

/** A supplier's question: seen by the need's buyer organization, the asking organization and admins only. */
export interface Question {
  id: string;
  needId: string;
  /** The asking organization: never shown to other suppliers. */
  organizationId: string;
  question: string;
  status: QuestionStatus;
  askedAt: Date;
  clarificationId: string | null;
}

/** Long enough for a real question or answer, short enough to read in a notification. */
export const MAX_QUESTION_LENGTH = 2000;
export const MAX_ANSWER_LENGTH = 5000;

export const validateQuestionText = (value: string | null | undefined): string =>
  requireText('question', value, 1, MAX_QUESTION_LENGTH);

export const validateAnswerText = (value: string | null | undefined): string =>
  requireText('answer', value, 1, MAX_ANSWER_LENGTH);

/** Client-given ids: anything that is not one of ours is refused before a query runs. */
export function requireIdInput(field: string, value: string | null | undefined): string {
  if (typeof value !== 'string' || !isId(value)) throw badInput(field, `${field} is not a valid id`);
  return value;
}

export function optionalIdInput(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return requireIdInput(field, value);
}
