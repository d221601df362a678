import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '@navet/database';
import { JobPriority, JobProducer } from '@navet/queue';
import { poolPlan, PoolPlan } from '../domain/pool-plan';
import { enqueueNeedComputes } from './need-compute-jobs';
import {
  addPendingSuppliers,
  countPublishedNeeds,
  loadMatchPool,
  markNeedsStale,
  staleNeedIdsAfter,
  takePendingSuppliers,
} from '../persistence/match-pool';

export const POOL_REMATCH_BATCH = 500;
/** Quiet time after the last bulk profile change before the matcher takes the changes over. */
export const POOL_REMATCH_DEBOUNCE_MS = 3000;

export interface PoolRematchResult {
  /** WAITING: the search queue still has work, so more profiles are on their way; asked again later. */
  plan: PoolPlan | 'WAITING';
  changedProfiles: number;
  enqueued: number;
}

/**
 * Hands bulk profile changes (imports, seeding) to the matcher once they are indexed: either each
 * changed profile is matched against the open needs, or every open need whose candidates predate the
 * change is matched again against the whole pool (see poolPlan). Runs under the match_pool row lock;
 * per-supplier jobs are enqueued before the commit (a failure leaves the profiles pending), stale
 * needs after it.
 */
@Injectable()
export class PoolRematchService {
  private readonly log = new Logger(PoolRematchService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobProducer,
  ) {}

  /**
   * Profiles indexed in bulk wait until the import has gone quiet: the hand-over is debounced
   * (BullMQ deduplication), and enqueued after the ids are stored, so it always sees them.
   */
  async note(supplierIds: readonly string[], requestId: string): Promise<void> {
    await addPendingSuppliers(this.ds, supplierIds);
    await this.scheduleHandOver(requestId);
  }

  private async scheduleHandOver(requestId: string): Promise<void> {
    await this.jobs.enqueue({
      name: 'matching.rematch-pool',
      payload: { requestId },
      jobId: `matching.rematch-pool-${requestId}`,
      // Planning is cheap and must not wait behind the bulk work queued before it.
      priority: JobPriority.Interactive,
      debounce: { id: 'matching.rematch-pool', ms: POOL_REMATCH_DEBOUNCE_MS },
    });
  }

  /**
   * A pause between two indexed batches is no proof the import is over (indexing 100,000 profiles
   * on 2 cores leaves gaps of seconds): while the search queue has work, the hand-over is asked
   * again later, so the open needs are matched once against the whole import, not once per gap.
   */
  async handOver(requestId = 'now'): Promise<PoolRematchResult> {
    // Not 'delayed': the reconcile scheduler always has a job waiting for its time, and a retry's backoff
    // must not hold the hand-over; profiles indexed later note themselves again.
    const search = await this.jobs.queue('search').getJobCounts('waiting', 'prioritized', 'active');
    if (Object.values(search).some((n) => n > 0)) {
      await this.scheduleHandOver(`${requestId}-w${Date.now()}`);
      return { plan: 'WAITING', changedProfiles: 0, enqueued: 0 };
    }
    const result = await inTransaction(this.ds, async (em): Promise<PoolRematchResult> => {
      await loadMatchPool(em, true);
      const changed = await takePendingSuppliers(em);
      const plan = poolPlan(changed.ids.length, await countPublishedNeeds(em));
      let enqueued = 0;
      if (plan === 'PER_SUPPLIER') {
        const stamp = changed.at.getTime();
        for (let i = 0; i < changed.ids.length; i += POOL_REMATCH_BATCH) {
          const ids = changed.ids.slice(i, i + POOL_REMATCH_BATCH);
          await this.jobs.enqueueMany(
            ids.map((supplierId) => ({
              name: 'matching.compute-for-supplier' as const,
              payload: { supplierId },
              jobId: `matching.compute-for-supplier-${supplierId}-p${stamp}`,
              priority: JobPriority.Bulk,
            })),
          );
          enqueued += ids.length;
        }
      } else {
        await markNeedsStale(em, changed.at);
      }
      return { plan, changedProfiles: changed.ids.length, enqueued };
    });
    // After the commit: a job started before it would still see the old mark and skip its need. Every
    // hand-over enqueues whatever is stale, so one that failed here is repaired by the retry or the next.
    result.enqueued += await this.enqueueStaleNeeds();
    this.log.log(`pool: ${result.changedProfiles} changed profiles, ${result.plan}, ${result.enqueued} jobs`);
    return result;
  }

  private async enqueueStaleNeeds(): Promise<number> {
    const { needsStaleBefore } = await loadMatchPool(this.ds);
    // Number(): before the first bulk change the column holds '-infinity', which pg returns as -Infinity.
    const stamp = Number(needsStaleBefore);
    if (!Number.isFinite(stamp)) return 0;
    let enqueued = 0;
    for (let after: string | null = null; ;) {
      const ids: string[] = await staleNeedIdsAfter(this.ds, needsStaleBefore, after, POOL_REMATCH_BATCH);
      if (ids.length === 0) return enqueued;
      // compute-for-need re-ranks a need whose candidates predate needs_stale_before, once.
      await enqueueNeedComputes(this.jobs, ids, `p${stamp}`);
      enqueued += ids.length;
      after = ids[ids.length - 1]!;
    }
  }
}
