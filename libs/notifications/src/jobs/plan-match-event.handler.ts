import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import type { JobHandler, JobPayload } from '@navet/queue';
import { matchEventKindOf, planMatchEvent } from '../domain/match-event-plan';
import { loadMatchContext } from '../persistence/match-context.reader';
import { NotificationWriter } from '../planning/notification.writer';

/** Who hears about a match event is decided by the pure planner; this only loads and stores. */
@Injectable()
export class PlanMatchEventHandler implements JobHandler<'notifications.plan-match-event'> {
  readonly jobName = 'notifications.plan-match-event' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ matchId, event }: JobPayload<'notifications.plan-match-event'>): Promise<void> {
    if (!isId(matchId)) return;
    const ctx = await loadMatchContext(this.ds, matchId);
    const kind = matchEventKindOf(event);
    // A suggestion withdrawn before it was announced is not announced (as a deleted one was not).
    if (!ctx || (kind === 'NEW_MATCH' && ctx.withdrawn)) return;
    await this.writer.record(planMatchEvent(kind, ctx));
  }
}
