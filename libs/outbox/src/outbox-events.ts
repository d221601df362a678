import { EnqueueRequest, JobPriority } from '@navet/queue';

/** Events other parts of Navet must see, written in the same transaction as the change. */
export interface OutboxEventCatalogue {
  'need.published': { needId: string };
  'need.updated': { needId: string };
  'need.closed': { needId: string };
  'supplier.updated': { supplierId: string };
  /** The profile's search document now agrees with PostgreSQL: matching may search with it. */
  'supplier.indexed': { supplierId: string };
  'search.reindex-requested': { requestId: string };
  'criteria.activated': { criteriaVersion: string };
  'match.suggested': { matchId: string };
  'match.interest-expressed': { matchId: string };
  'match.invited': { matchId: string };
  'match.connected': { matchId: string };
}
export type OutboxEventType = keyof OutboxEventCatalogue;

export interface OutboxEvent<T extends OutboxEventType = OutboxEventType> {
  type: T;
  payload: OutboxEventCatalogue[T];
  /** Bulk work (seeding, imports) yields to interactive work. */
  priority?: JobPriority;
}

export interface StoredOutboxEvent {
  id: string;
  /** Part of job ids: another database sharing the Redis (a reset dev database, a restore) reuses row ids. */
  createdAt: Date;
  type: OutboxEventType;
  payload: Record<string, string>;
  priority: number;
}

/** Routing: which jobs an event causes. Job ids derive from the outbox row, so a re-relay runs nothing twice. */
export function routeEvent(e: StoredOutboxEvent): EnqueueRequest[] {
  const priority = e.priority === JobPriority.Bulk ? JobPriority.Bulk : JobPriority.Interactive;
  const job = <N extends EnqueueRequest['name']>(name: N, payload: EnqueueRequest<N>['payload']): EnqueueRequest<N> => ({
    name,
    payload,
    jobId: `${name}-${e.id}-${e.createdAt.getTime()}`,
    priority,
  });
  const p = e.payload;
  switch (e.type) {
    case 'need.published':
      return [
        job('search.index-need', { needId: p.needId! }),
        job('matching.compute-for-need', { needId: p.needId! }),
        job('notifications.saved-search-hits', { needId: p.needId! }),
      ];
    case 'need.updated':
      return [job('search.index-need', { needId: p.needId! }), job('matching.compute-for-need', { needId: p.needId! })];
    case 'need.closed':
      return [job('search.index-need', { needId: p.needId! })];
    case 'supplier.updated':
      return [job('search.index-supplier', { supplierId: p.supplierId! })];
    case 'supplier.indexed':
      // Matching a profile compares its indexed text with needs, so it runs after indexing, not beside it.
      return [job('matching.compute-for-supplier', { supplierId: p.supplierId! })];
    case 'search.reindex-requested':
      return [job('search.reindex-all', { requestId: p.requestId! })];
    case 'criteria.activated':
      return [job('matching.rematch-open-needs', { criteriaVersion: p.criteriaVersion! })];
    case 'match.suggested':
      return [job('notifications.plan-match-event', { matchId: p.matchId!, event: 'NEW_MATCH' })];
    case 'match.interest-expressed':
      return [job('notifications.plan-match-event', { matchId: p.matchId!, event: 'SUPPLIER_INTERESTED' })];
    case 'match.invited':
      return [job('notifications.plan-match-event', { matchId: p.matchId!, event: 'BUYER_INVITED' })];
    case 'match.connected':
      return [job('notifications.plan-match-event', { matchId: p.matchId!, event: 'CONNECTED' })];
    default: {
      const unknown: never = e.type;
      throw new Error(`Unrouted outbox event ${String(unknown)}`);
    }
  }
}

export const aggregateIdOf = (e: OutboxEvent): string => Object.values(e.payload)[0] as string;

const BULK_INDEX_BATCH = 500;

/**
 * Routes a relayed batch. Bulk indexing requests (seeding, imports) are grouped into batch jobs of
 * up to 500 ids, so Meilisearch gets a few large tasks instead of one task per document; interactive
 * requests stay single, so a user's change is never held back by a batch.
 *
 * Profiles indexed in bulk are not matched one by one either: they are noted in batches
 * (`matching.pool-changes`) and handed to the matcher together once the import has gone quiet
 * (matching 100,000 imported profiles one by one against the open needs takes hours; matching the
 * open needs once against the new pool takes minutes). Noting is cheap, so it runs at interactive
 * priority: it must not wait behind the bulk work it plans.
 */
export function routeEvents(events: readonly StoredOutboxEvent[]): EnqueueRequest[] {
  const out: EnqueueRequest[] = [];
  // Bulk single-id jobs that become batch jobs: single name -> its batch job and that job's priority.
  const grouped = {
    'search.index-need': { batch: 'search.index-needs', priority: JobPriority.Bulk, items: [] as Grouped[] },
    'search.index-supplier': { batch: 'search.index-suppliers', priority: JobPriority.Bulk, items: [] as Grouped[] },
    'matching.compute-for-supplier': {
      batch: 'matching.pool-changes',
      priority: JobPriority.Interactive,
      items: [] as Grouped[],
    },
  } as const;
  for (const e of events) {
    for (const job of routeEvent(e)) {
      const group = job.priority === JobPriority.Bulk ? grouped[job.name as keyof typeof grouped] : undefined;
      if (group) group.items.push({ id: Object.values(job.payload)[0] as string, jobId: job.jobId });
      else out.push(job);
    }
  }
  for (const { batch, priority, items } of Object.values(grouped)) {
    for (let i = 0; i < items.length; i += BULK_INDEX_BATCH) {
      const chunk = items.slice(i, i + BULK_INDEX_BATCH);
      const ids = [...new Set(chunk.map((c) => c.id))];
      const payload = batch === 'search.index-needs' ? { needIds: ids } : { supplierIds: ids };
      out.push({ name: batch, payload, jobId: `${batch}-from-${chunk[0]!.jobId}`, priority } as EnqueueRequest);
    }
  }
  return out;
}

interface Grouped {
  id: string;
  jobId: string;
}
