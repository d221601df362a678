import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import type { JobHandler, JobPayload } from '@navet/queue';
import { planMatchDeclined } from '../domain/match-declined-plan';
import { loadMatchDeclinedContext } from '../persistence/dialogue-context.reader';
import { NotificationWriter } from '../planning/notification.writer';

/** The other side of a declined match hears of it (once per user: the event key is per match). */
@Injectable()
export class PlanMatchDeclinedHandler implements JobHandler<'notifications.plan-match-declined'> {
  readonly jobName = 'notifications.plan-match-declined' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ matchId }: JobPayload<'notifications.plan-match-declined'>): Promise<void> {
    if (!isId(matchId)) return;
    const ctx = await loadMatchDeclinedContext(this.ds, matchId);
    if (ctx) await this.writer.record(planMatchDeclined(ctx));
  }
}
