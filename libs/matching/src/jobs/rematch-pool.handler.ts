import { Injectable } from '@nestjs/common';
import type { JobContext, JobHandler, JobPayload } from '@navet/queue';
import { PoolRematchService } from '../compute/pool-rematch.service';

/** Profiles indexed in bulk: noted as pending, with a debounced hand-over behind them. */
@Injectable()
export class PoolChangesHandler implements JobHandler<'matching.pool-changes'> {
  readonly jobName = 'matching.pool-changes' as const;

  constructor(private readonly service: PoolRematchService) {}

  async handle({ supplierIds }: JobPayload<'matching.pool-changes'>, ctx: JobContext): Promise<void> {
    await this.service.note(supplierIds, ctx.jobId);
  }
}

/** The debounced hand-over: runs once an import has gone quiet. */
@Injectable()
export class RematchPoolHandler implements JobHandler<'matching.rematch-pool'> {
  readonly jobName = 'matching.rematch-pool' as const;

  constructor(private readonly service: PoolRematchService) {}

  async handle(_payload: JobPayload<'matching.rematch-pool'>, ctx: JobContext): Promise<void> {
    await this.service.handOver(ctx.jobId);
  }
}
