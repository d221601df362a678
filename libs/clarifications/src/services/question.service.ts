import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId, requireOneOf } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireActor, requireRole } from '@navet/identity';
import { appendLedgerEntry } from '@navet/ledger';
import { readNeed } from '@navet/needs';
import { OutboxWriter } from '@navet/outbox';
import {
  optionalIdInput,
  Question,
  QUESTION_STATUSES,
  QuestionStatus,
  requireIdInput,
  validateQuestionText,
} from '../domain/clarification';
import { assertCanAsk, assertCanListQuestions, QUESTION_ASKED_SUMMARY } from '../domain/clarification-rules';
import { insertQuestion, questionsOfNeed, questionsOfOrganization } from '../persistence/question.store';

/** Suppliers ask; the buyer organization (and admins) read; other suppliers never learn who asked. */
@Injectable()
export class QuestionService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async ask(actor: Actor | null | undefined, needIdInput: string, text: string): Promise<Question> {
    const supplier = requireRole(actor, 'SUPPLIER');
    const needId = requireIdInput('needId', needIdInput);
    const questionText = validateQuestionText(text);
    const now = new Date();
    return inTransaction(this.ds, async (em) => {
      const need = assertCanAsk(await readNeed(em, needId, 'share'), now);
      const question: Question = {
        id: newId(),
        needId: need.id,
        organizationId: supplier.organizationId,
        question: questionText,
        status: 'OPEN',
        askedAt: now,
        clarificationId: null,
      };
      await insertQuestion(em, { ...question, askedByUserId: supplier.userId });
      await this.outbox.add(em, { type: 'question.asked', payload: { questionId: question.id } });
      await appendLedgerEntry(em, {
        needId: need.id,
        action: 'QUESTION_ASKED',
        actorOrganizationId: supplier.organizationId,
        summary: QUESTION_ASKED_SUMMARY,
        at: now,
      });
      return question;
    });
  }

  /** Every question on the need, oldest first: the owning buyer organization and admins. */
  async ofNeed(actor: Actor | null | undefined, needIdInput: string, status?: QuestionStatus | null): Promise<Question[]> {
    const a = requireActor(actor);
    const needId = requireIdInput('needId', needIdInput);
    const wanted = status ? requireOneOf('status', status, QUESTION_STATUSES) : null;
    const need = assertCanListQuestions(a, await readNeed(this.ds, needId));
    return questionsOfNeed(this.ds, need.id, wanted);
  }

  /** The caller's organization's questions, newest first, optionally on one need. */
  async mine(actor: Actor | null | undefined, needIdInput?: string | null): Promise<Question[]> {
    const supplier = requireRole(actor, 'SUPPLIER');
    const needId = optionalIdInput('needId', needIdInput);
    return questionsOfOrganization(this.ds, supplier.organizationId, needId);
  }
}
