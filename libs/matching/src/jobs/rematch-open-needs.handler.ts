import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '@navet/database';
import { OutboxWriter } from '@navet/outbox';
import { JobHandler, JobPayload } from '@navet/queue';
import { requestNeedComputes } from '../compute/need-compute-jobs';
import { loadActiveCriteria } from '../criteria/criteria.store';
import { publishedNeedIdsAfter } from '../persistence/match-need.reader';

export const REMATCH_BATCH = 500;

/**
 * Criteria activated with rematch: one bulk compute request per published need, written to the
 * outbox in bounded batches (one transaction each).
 */
@Injectable()
export class RematchOpenNeedsHandler implements JobHandler<'matching.rematch-open-needs'> {
  readonly jobName = 'matching.rematch-open-needs' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async handle({ criteriaVersion }: JobPayload<'matching.rematch-open-needs'>): Promise<void> {
    const version = Number(criteriaVersion);
    if (!Number.isInteger(version) || version < 1) return;
    // A newer activation carries its own re-match; this one would only repeat work.
    if ((await loadActiveCriteria(this.ds)).version > version) return;
    let after: string | null = null;
    for (;;) {
      const ids = await publishedNeedIdsAfter(this.ds, after, REMATCH_BATCH);
      if (ids.length === 0) return;
      await inTransaction(this.ds, (em) => requestNeedComputes(this.outbox, em, ids, `v${version}`));
      after = ids[ids.length - 1];
    }
  }
}
