import { JobPriority, JobProducer } from '@navet/queue';

/**
 * One bulk compute-for-need job per need. `cause` (a criteria version, a pool mark) goes into the
 * job ids, so a retried batch enqueues nothing twice while a new cause matches the need again.
 */
export function enqueueNeedComputes(jobs: JobProducer, needIds: readonly string[], cause: string): Promise<void> {
  return jobs.enqueueMany(
    needIds.map((needId) => ({
      name: 'matching.compute-for-need' as const,
      payload: { needId },
      jobId: `matching.compute-for-need-${needId}-${cause}`,
      priority: JobPriority.Bulk,
    })),
  );
}
