import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadProposal } from '@navet/buyer-groups';
import { isId } from '@navet/core';
import type { JobHandler, JobPayload } from '@navet/queue';
import { planBuyerGroupProposal } from '../domain/buyer-group-plan';
import { loadNeedSides } from '../persistence/need-side.reader';
import { NotificationWriter } from '../planning/notification.writer';

/** A proposal was made or answered: the pure planner picks who hears of it from its current state. */
@Injectable()
export class PlanBuyerGroupProposalHandler implements JobHandler<'notifications.plan-buyer-group-proposal'> {
  readonly jobName = 'notifications.plan-buyer-group-proposal' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ proposalId }: JobPayload<'notifications.plan-buyer-group-proposal'>): Promise<void> {
    if (!isId(proposalId)) return;
    const p = await loadProposal(this.ds, proposalId);
    if (!p) return;
    const sides = await loadNeedSides(this.ds, [p.fromNeedId, p.toNeedId]);
    const from = sides.get(p.fromNeedId);
    const to = sides.get(p.toNeedId);
    if (!from || !to) return;
    await this.writer.record(
      planBuyerGroupProposal({ proposalId: p.id, status: p.status, hasMessage: p.message !== null, from, to }),
    );
  }
}
