import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@navet/database';
import { OutboxWriter } from '@navet/outbox';
import { JobPriority, JobProducer } from '@navet/queue';
import { poolPlan, PoolPlan } from '../domain/pool-plan';
import { requestNeedComputes } from './need-compute-jobs';
import {
  addPendingSuppliers,
  countPublishedNeeds,
  loadMatchPool,
  markNeedsStale,
  staleNeedIdsAfter,
  takePendingSuppliers,
} from '../persistence/match-pool';

export const POOL_REMATCH_BATCH = 500;

export interface PoolRematchResult {
  /** WAITING: the search queue still has work, so more profiles are on their way; asked again later. */
  plan: PoolPlan | 'WAITING';
  changedProfiles: number;
  enqueued: number;
}

/**
 * Hands bulk profile changes (imports, seeding) to the matcher once they are indexed: either each
 * changed profile is matched against the open needs, or every open need whose candidates predate the
 * change is matched again against the whole pool (see poolPlan). Runs under the match_pool row lock
 * and writes its requests to the outbox in the same transaction: they commit with the taken profiles
 * and the new mark, and no job they cause can start before the commit (and see the old mark).
 */
@Injectable()
export class PoolRematchService {
  private readonly log = new Logger(PoolRematchService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobProducer,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Profiles indexed in bulk wait until the import has gone quiet: `pool.changes-noted` commits with
   * the ids, and its route debounces the hand-over (BullMQ deduplication), so it always sees them.
   */
  async note(supplierIds: readonly string[], requestId: string): Promise<void> {
    await inTransaction(this.ds, async (em) => {
      await addPendingSuppliers(em, supplierIds);
      await this.noteChanges(em, requestId);
    });
  }

  private async noteChanges(em: EntityManager, requestId: string): Promise<void> {
    await this.outbox.add(em, { type: 'pool.changes-noted', payload: { requestId }, priority: JobPriority.Interactive });
  }

  /**
   * A pause between two indexed batches is no proof the import is over (indexing 100,000 profiles
   * on 2 cores leaves gaps of seconds): while the search queue has work, the hand-over is asked
   * again later, so the open needs are matched once against the whole import, not once per gap.
   */
  async handOver(requestId = 'now'): Promise<PoolRematchResult> {
    // Not 'delayed': the reconcile scheduler always has a job waiting for its time, and a retry's backoff
    // must not hold the hand-over; profiles indexed later note themselves again. (Reading the queue is
    // not enqueueing: the hand-over asked again goes through the outbox like any other.)
    const search = await this.jobs.queue('search').getJobCounts('waiting', 'prioritized', 'active');
    if (Object.values(search).some((n) => n > 0)) {
      await inTransaction(this.ds, (em) => this.noteChanges(em, `${requestId}-w${Date.now()}`));
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
          await this.outbox.add(
            em,
            ...ids.map((supplierId) => ({
              type: 'supplier.compute-requested' as const,
              payload: { supplierId, cause: `p${stamp}` },
              priority: JobPriority.Bulk,
            })),
          );
          enqueued += ids.length;
        }
      } else {
        await markNeedsStale(em, changed.at);
      }
      // Every hand-over asks for whatever is stale: an earlier hand-over's needs not matched yet, and the
      // needs published in bulk meanwhile, whose own job left them to this hand-over (never matched).
      enqueued += await this.requestStaleNeeds(em);
      return { plan, changedProfiles: changed.ids.length, enqueued };
    });
    this.log.log(`pool: ${result.changedProfiles} changed profiles, ${result.plan}, ${result.enqueued} jobs`);
    return result;
  }

  private async requestStaleNeeds(em: EntityManager): Promise<number> {
    const { needsStaleBefore } = await loadMatchPool(em);
    // Number(): before the first bulk change the column holds '-infinity', which pg returns as -Infinity;
    // then only needs never matched are stale (needs published in bulk that left their matching to us).
    const stamp = Number(needsStaleBefore);
    const cause = Number.isFinite(stamp) ? `p${stamp}` : 'p0';
    let requested = 0;
    for (let after: string | null = null; ;) {
      const ids: string[] = await staleNeedIdsAfter(em, needsStaleBefore, after, POOL_REMATCH_BATCH);
      if (ids.length === 0) return requested;
      // compute-for-need re-ranks a need whose candidates predate needs_stale_before, once.
      await requestNeedComputes(this.outbox, em, ids, cause);
      requested += ids.length;
      after = ids[ids.length - 1]!;
    }
  }
}
