import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireRole } from '@navet/identity';
import { appendLedgerEntry } from '@navet/ledger';
import { readNeed } from '@navet/needs';
import { OutboxWriter } from '@navet/outbox';
import {
  Clarification,
  optionalIdInput,
  requireIdInput,
  validateAnswerText,
  validateQuestionText,
} from '../domain/clarification';
import { assertAnswerable, assertCanPublish, clarificationSummary } from '../domain/clarification-rules';
import { clarificationsOfNeeds, insertClarification, readClarifications } from '../persistence/clarification.store';
import { markAnswered, readQuestion } from '../persistence/question.store';

export interface PublishClarificationInput {
  needId: string;
  question: string;
  answer: string;
  questionId?: string | null;
}

/**
 * What one supplier is told, all are told (EU 2014/24 art. 40-41): the buyer's answer is public on
 * the need, and one job tells every engaged supplier at once (see the outbox event).
 */
@Injectable()
export class ClarificationService {
  private readonly log = new Logger(ClarificationService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async publish(actor: Actor | null | undefined, input: PublishClarificationInput): Promise<Clarification> {
    const buyer = requireRole(actor, 'BUYER');
    const needId = requireIdInput('needId', input.needId);
    const questionId = optionalIdInput('questionId', input.questionId);
    const question = validateQuestionText(input.question);
    const answer = validateAnswerText(input.answer);
    const now = new Date();
    return inTransaction(this.ds, async (em) => {
      // FOR SHARE: a concurrent close waits, so nothing is published on a need that closed meanwhile.
      const need = assertCanPublish(buyer, await readNeed(em, needId, 'share'));
      if (questionId) assertAnswerable(await readQuestion(em, questionId, true), need.id);
      const clarification: Clarification = { id: newId(), needId: need.id, question, answer, publishedAt: now };
      await insertClarification(em, { ...clarification, publishedByUserId: buyer.userId });
      if (questionId) await markAnswered(em, questionId, clarification.id, now);
      await this.outbox.add(em, { type: 'clarification.published', payload: { clarificationId: clarification.id } });
      await appendLedgerEntry(em, {
        needId: need.id,
        action: 'CLARIFICATION_PUBLISHED',
        actorOrganizationId: buyer.organizationId,
        summary: clarificationSummary(questionId !== null),
        at: now,
      });
      this.log.log({ needId: need.id, clarificationId: clarification.id }, 'clarification published');
      return clarification;
    });
  }

  /** Public on every need the caller may read (the caller checked that); oldest first. */
  async ofNeeds(needIds: readonly string[]): Promise<Map<string, Clarification[]>> {
    return clarificationsOfNeeds(this.ds, needIds);
  }

  byIds(ids: readonly string[]): Promise<Clarification[]> {
    return readClarifications(this.ds, ids);
  }
}
