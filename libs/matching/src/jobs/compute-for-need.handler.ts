import { Injectable } from '@nestjs/common';
import type { JobContext, JobHandler, JobPayload } from '@navet/queue';
import { ComputeForNeedService } from '../compute/compute-for-need.service';

/** Recomputes a need's suggestions (published or edited need, criteria re-match). */
@Injectable()
export class ComputeForNeedHandler implements JobHandler<'matching.compute-for-need'> {
  readonly jobName = 'matching.compute-for-need' as const;

  constructor(private readonly service: ComputeForNeedService) {}

  async handle({ needId, bulkPublished }: JobPayload<'matching.compute-for-need'>, ctx?: JobContext): Promise<void> {
    await this.service.compute(needId, ctx?.priority, bulkPublished === true);
  }
}
