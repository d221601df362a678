import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@navet/outbox';
import { JobPriority } from '@navet/queue';

/**
 * One bulk `need.compute-requested` per need, in the caller's transaction. `cause` (a criteria
 * version, a pool mark) goes into the job ids, so a retried batch queues nothing twice while the
 * queue remembers it, a later repeat is skipped by the matcher's run record, and a new cause
 * matches the need again.
 */
export async function requestNeedComputes(
  outbox: OutboxWriter,
  em: EntityManager,
  needIds: readonly string[],
  cause: string,
): Promise<void> {
  await outbox.add(
    em,
    ...needIds.map((needId) => ({
      type: 'need.compute-requested' as const,
      payload: { needId, cause },
      priority: JobPriority.Bulk,
    })),
  );
}
