import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import type { JobHandler, JobPayload } from '@navet/queue';
import { planQuestionAsked } from '../domain/clarification-plan';
import { loadQuestionAskedContext } from '../persistence/clarification-context.reader';
import { NotificationWriter } from '../planning/notification.writer';

/** Tells the need's buyer organization (in-app) that a supplier asked; idempotent per question. */
@Injectable()
export class PlanQuestionAskedHandler implements JobHandler<'notifications.plan-question-asked'> {
  readonly jobName = 'notifications.plan-question-asked' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ questionId }: JobPayload<'notifications.plan-question-asked'>): Promise<void> {
    if (!isId(questionId)) return;
    const ctx = await loadQuestionAskedContext(this.ds, questionId);
    if (!ctx) return;
    await this.writer.record(planQuestionAsked(ctx));
  }
}
