/**
 * Compile-time checks, run by `npm run typecheck` (never built, never executed): a job request
 * cannot pair one job's name with another job's payload, and a handler gets its own job's payload.
 */
import type { EnqueueRequest, JobProducer } from './job-producer.service';
import { isHandlerFor, JobHandler } from './job-handler';

declare const producer: JobProducer;
declare const needOrSupplier: 'search.index-need' | 'search.index-supplier';
declare const anyHandler: JobHandler;

export const requests: EnqueueRequest[] = [
  { name: 'search.index-need', payload: { needId: 'n1' }, jobId: 'ok-1' },
  { name: 'notifications.plan-match-event', payload: { matchId: 'm1', event: 'match.suggested' }, jobId: 'ok-2' },
  // @ts-expect-error a need-indexing job cannot carry a supplier payload
  { name: 'search.index-need', payload: { supplierId: 's1' }, jobId: 'bad-1' },
  // @ts-expect-error the plan job names an outbox event, not a notification kind
  { name: 'notifications.plan-match-event', payload: { matchId: 'm1', event: 'NEW_MATCH' }, jobId: 'bad-2' },
];

// @ts-expect-error a name that may be either job does not fit one job's payload
export const ambiguous: EnqueueRequest = { name: needOrSupplier, payload: { needId: 'n1' }, jobId: 'bad-3' };

export async function enqueueCases(): Promise<void> {
  // @ts-expect-error enqueueMany checks each element against its own name
  await producer.enqueueMany([{ name: 'matching.compute-for-need', payload: { supplierId: 's1' }, jobId: 'bad-4' }]);
  // @ts-expect-error unknown job names do not compile
  await producer.enqueue({ name: 'matching.compute-everything', payload: {}, jobId: 'bad-5' });
}

export async function handlerCases(): Promise<void> {
  if (isHandlerFor(anyHandler, 'search.index-need')) {
    await anyHandler.handle({ needId: 'n1' }, { jobId: 'j', attempt: 1 });
    // @ts-expect-error the need indexer's handler takes a need payload
    await anyHandler.handle({ supplierId: 's1' }, { jobId: 'j', attempt: 1 });
  }
}
