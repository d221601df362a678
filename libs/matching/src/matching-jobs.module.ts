import { Module } from '@nestjs/common';
import { ComputeForNeedHandler } from './jobs/compute-for-need.handler';
import { ComputeForSupplierHandler } from './jobs/compute-for-supplier.handler';
import { EvaluateCriteriaHandler } from './jobs/evaluate-criteria.handler';
import { RematchOpenNeedsHandler } from './jobs/rematch-open-needs.handler';
import { PoolChangesHandler, RematchPoolHandler } from './jobs/rematch-pool.handler';
import { MatchingModule } from './matching.module';

/** The worker registers these under JOB_HANDLERS. */
export const MATCHING_JOB_HANDLERS = [
  ComputeForNeedHandler,
  ComputeForSupplierHandler,
  RematchOpenNeedsHandler,
  PoolChangesHandler,
  RematchPoolHandler,
  EvaluateCriteriaHandler,
] as const;

/** For the worker: MatchingModule plus its job handlers. */
@Module({
  imports: [MatchingModule],
  providers: [...MATCHING_JOB_HANDLERS],
  exports: [MatchingModule, ...MATCHING_JOB_HANDLERS],
})
export class MatchingJobsModule {}
