import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import type { JobHandler, JobPayload } from '@navet/queue';
import { planClarification } from '../domain/clarification-plan';
import { loadClarificationContext } from '../persistence/clarification-context.reader';
import { NotificationWriter } from '../planning/notification.writer';

/**
 * Every engaged supplier and the asker hear of a clarification from this one job, stored in one
 * transaction (nobody is told earlier than the others). Run again, it stores nothing twice.
 */
@Injectable()
export class PlanClarificationHandler implements JobHandler<'notifications.plan-clarification'> {
  readonly jobName = 'notifications.plan-clarification' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ clarificationId }: JobPayload<'notifications.plan-clarification'>): Promise<void> {
    if (!isId(clarificationId)) return;
    const ctx = await loadClarificationContext(this.ds, clarificationId);
    if (!ctx) return;
    await this.writer.record(planClarification(ctx));
  }
}
