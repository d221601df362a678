import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import type { JobHandler, JobPayload } from '@navet/queue';
import { planDialogueMessage } from '../domain/dialogue-message-plan';
import { loadDialogueMessageContext } from '../persistence/dialogue-context.reader';
import { NotificationWriter } from '../planning/notification.writer';

/** The other side of a dialogue hears of a new message (once per user: the event key is per message). */
@Injectable()
export class PlanDialogueMessageHandler implements JobHandler<'notifications.plan-dialogue-message'> {
  readonly jobName = 'notifications.plan-dialogue-message' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ messageId }: JobPayload<'notifications.plan-dialogue-message'>): Promise<void> {
    if (!isId(messageId)) return;
    const ctx = await loadDialogueMessageContext(this.ds, messageId);
    if (ctx) await this.writer.record(planDialogueMessage(ctx));
  }
}
