import { z } from 'zod';
import { EnqueueOptions, EnqueueRequest, JobName, JobPayload, JobPriority, JobRequest, MatchEventName } from '@navet/queue';

type MatchEvents = { [T in MatchEventName]: { matchId: string } };

/**
 * Events other parts of Navet must see, written in the same transaction as the change. Handlers
 * that cause follow-up work write one of these too: the outbox is the only way work reaches a queue.
 */
export interface OutboxEventCatalogue extends MatchEvents {
  'need.published': { needId: string };
  'need.updated': { needId: string };
  'need.closed': { needId: string };
  /** A user's published or edited need is now in the needs index agreeing with PostgreSQL: match it. */
  'need.indexed': { needId: string };
  /**
   * Match this need again. `cause` (criteria version `v3`, pool mark `p1763…`, need version `r4`) is
   * part of the job id, so repeated requests for one cause run once while the queue remembers them;
   * the matcher's own run record makes a later repeat a no-op.
   */
  'need.compute-requested': { needId: string; cause: string };
  'supplier.updated': { supplierId: string };
  /** The profile's search document now agrees with PostgreSQL: matching may search with it. */
  'supplier.indexed': { supplierId: string };
  /** A pool hand-over places this profile on the open needs (never batched again into pool changes). */
  'supplier.compute-requested': { supplierId: string; cause: string };
  /** Profiles indexed in bulk wait in match_pool_pending: hand them to the matcher once the import is quiet. */
  'pool.changes-noted': { requestId: string };
  'search.reindex-requested': { requestId: string };
  'criteria.activated': { criteriaVersion: string };
  /** [R] An admin started a background replay of candidate criteria. */
  'criteria.evaluation-requested': { runId: string };
  /** Either party declined a match: the other side is told. */
  'match.declined': { matchId: string };
  /** A party wrote in a dialogue: the other side is told. */
  'dialogue.message-sent': { messageId: string };
  /** A PENDING delivery was stored: send it. */
  'delivery.created': { deliveryId: string };
  /** A delivery still PENDING long after it was created (its job is gone): send it again. */
  'delivery.stalled': { deliveryId: string };
  /** A buyer published a clarification: every engaged supplier is told at once, by one job. */
  'clarification.published': { clarificationId: string };
  /** A supplier asked a question on a need: its buyer organization is told. */
  'question.asked': { questionId: string };
  /** [C] A buyer proposed a buyer group: tell the receiving organization. */
  'buyer-group.proposed': { proposalId: string };
  /** [C] The receiver accepted or declined: tell the proposer. */
  'buyer-group.answered': { proposalId: string };
  /** NEW_MATCH e-mails of a user are held until `window` (ISO time): then the best-scored are sent. */
  'notifications.match-emails-held': { userId: string; window: string };
  /** [E] A user asked for a password reset: e-mail them the link (the row holds no secret; the id is enough). */
  'password-reset.requested': { resetId: string };
  /** [E] A user registered: e-mail them the link that confirms their address. */
  'user.registered': { userId: string };
}
export type OutboxEventType = keyof OutboxEventCatalogue;

/** One event to write, as a union over types: a type cannot carry another type's payload. */
export type OutboxEvent = {
  [T in OutboxEventType]: {
    type: T;
    payload: OutboxEventCatalogue[T];
    /** Bulk work (seeding, imports) yields to interactive work. */
    priority?: JobPriority;
  };
}[OutboxEventType];

interface StoredMeta {
  id: string;
  /** Part of job ids: another database sharing the Redis (a reset dev database, a restore) reuses row ids. */
  createdAt: Date;
  priority: number;
}

export interface StoredEventOf<T extends OutboxEventType> extends StoredMeta {
  type: T;
  payload: OutboxEventCatalogue[T];
}

/** A relayed row, its payload checked against its type (see parseStoredEvent). */
export type StoredOutboxEvent = { [T in OutboxEventType]: StoredEventOf<T> }[OutboxEventType];

const id = z.string().min(1);
const ofNeed = z.object({ needId: id });
const ofSupplier = z.object({ supplierId: id });
const ofRequest = z.object({ requestId: id });
const ofMatch = z.object({ matchId: id });
const ofDelivery = z.object({ deliveryId: id });
const ofMessage = z.object({ messageId: id });
const ofProposal = z.object({ proposalId: id });

type Parser<T extends OutboxEventType> = (meta: StoredMeta, payload: unknown) => StoredEventOf<T>;
const parser =
  <T extends OutboxEventType>(type: T, schema: z.ZodType<OutboxEventCatalogue[T]>): Parser<T> =>
  (meta, payload) => ({ ...meta, type, payload: schema.parse(payload) });

/** The JSONB payload is checked where it leaves the database, so routing trusts its fields. */
const PARSERS: { [T in OutboxEventType]: Parser<T> } = {
  'need.published': parser('need.published', ofNeed),
  'need.updated': parser('need.updated', ofNeed),
  'need.closed': parser('need.closed', ofNeed),
  'need.indexed': parser('need.indexed', ofNeed),
  'need.compute-requested': parser('need.compute-requested', z.object({ needId: id, cause: id })),
  'supplier.updated': parser('supplier.updated', ofSupplier),
  'supplier.indexed': parser('supplier.indexed', ofSupplier),
  'supplier.compute-requested': parser('supplier.compute-requested', z.object({ supplierId: id, cause: id })),
  'pool.changes-noted': parser('pool.changes-noted', ofRequest),
  'search.reindex-requested': parser('search.reindex-requested', ofRequest),
  'criteria.activated': parser('criteria.activated', z.object({ criteriaVersion: id })),
  'criteria.evaluation-requested': parser('criteria.evaluation-requested', z.object({ runId: id })),
  'match.suggested': parser('match.suggested', ofMatch),
  'match.interest-expressed': parser('match.interest-expressed', ofMatch),
  'match.invited': parser('match.invited', ofMatch),
  'match.connected': parser('match.connected', ofMatch),
  'match.declined': parser('match.declined', ofMatch),
  'dialogue.message-sent': parser('dialogue.message-sent', ofMessage),
  'delivery.created': parser('delivery.created', ofDelivery),
  'delivery.stalled': parser('delivery.stalled', ofDelivery),
  'clarification.published': parser('clarification.published', z.object({ clarificationId: id })),
  'question.asked': parser('question.asked', z.object({ questionId: id })),
  'buyer-group.proposed': parser('buyer-group.proposed', ofProposal),
  'buyer-group.answered': parser('buyer-group.answered', ofProposal),
  'notifications.match-emails-held': parser(
    'notifications.match-emails-held',
    z.object({ userId: id, window: z.string().datetime() }),
  ),
  'password-reset.requested': parser('password-reset.requested', z.object({ resetId: id })),
  'user.registered': parser('user.registered', z.object({ userId: id })),
};

const isOutboxEventType = (type: string): type is OutboxEventType => Object.hasOwn(PARSERS, type);

/** A row as read from the outbox table; throws when its type is unknown or its payload does not fit it. */
export function parseStoredEvent(row: {
  id: string;
  type: string;
  payload: unknown;
  priority: number;
  createdAt: Date;
}): StoredOutboxEvent {
  if (!isOutboxEventType(row.type)) throw new Error(`unknown outbox event type "${row.type}"`);
  return PARSERS[row.type]({ id: row.id, createdAt: row.createdAt, priority: row.priority }, row.payload);
}

/** Quiet time after the last bulk profile change before the matcher takes the changes over. */
export const POOL_HAND_OVER_DEBOUNCE_MS = 3000;

/** Single-id bulk jobs routeEvents folds into batch jobs (see there). */
const BATCH_GROUPS = ['index-needs', 'index-suppliers', 'pool-changes'] as const;
type BatchGroup = (typeof BATCH_GROUPS)[number];
type Routed<N extends JobName> = JobRequest<N> & { batch?: BatchGroup };
export type RoutedJob = { [N in JobName]: Routed<N> }[JobName];

interface RouteOptions extends Partial<EnqueueOptions> {
  /** Replaces the row in the job id: requests for one cause share a job while the queue remembers it. */
  key?: string;
  batch?: BatchGroup;
}

/** Routing: which jobs an event causes. Job ids derive from the outbox row, so a re-relay runs nothing twice. */
export function routeEvent(e: StoredOutboxEvent): RoutedJob[] {
  const priority = e.priority === JobPriority.Bulk ? JobPriority.Bulk : JobPriority.Interactive;
  const job = <N extends JobName>(name: N, payload: JobPayload<N>, options: RouteOptions = {}): Routed<N> => {
    const { key, batch, ...enqueue } = options;
    return {
      name,
      payload,
      jobId: key ? `${name}-${key}` : `${name}-${e.id}-${e.createdAt.getTime()}`,
      priority,
      ...enqueue,
      ...(batch && { batch }),
    };
  };
  /**
   * A user's need is matched once its own document is searchable (the indexer writes `need.indexed`),
   * as a profile is: of a need and a profile arriving together, whichever is indexed last then finds
   * the other, while matching beside indexing let each search miss the other for good. Bulk needs
   * (imports, seeding) are still matched beside their batch indexing: batches announce nothing, and
   * the pool hand-over re-matches open needs against the profiles an import brings.
   */
  // A bulk-published need may leave its matching to a pending pool hand-over (each need matched once).
  const matchBesideIndexing = (needId: string, published = false) =>
    priority === JobPriority.Bulk
      ? [job('matching.compute-for-need', published ? { needId, bulkPublished: true as const } : { needId })]
      : [];
  switch (e.type) {
    case 'need.published': {
      const { needId } = e.payload;
      return [
        job('search.index-need', { needId }, { batch: 'index-needs' }),
        ...matchBesideIndexing(needId, true),
        job('notifications.saved-search-hits', { needId }),
        // Bulk publishing (seeding, imports of past notices) tells no buyer of similar needs: a
        // notice replayed by the thousand is not a buyer looking for partners.
        ...(priority === JobPriority.Interactive ? [job('notifications.plan-similar-needs', { needId })] : []),
      ];
    }
    case 'need.updated': {
      const { needId } = e.payload;
      return [job('search.index-need', { needId }, { batch: 'index-needs' }), ...matchBesideIndexing(needId)];
    }
    case 'need.indexed':
      return [job('matching.compute-for-need', { needId: e.payload.needId })];
    case 'need.closed':
      return [job('search.index-need', { needId: e.payload.needId }, { batch: 'index-needs' })];
    case 'need.compute-requested': {
      const { needId, cause } = e.payload;
      return [job('matching.compute-for-need', { needId }, { key: `${needId}-${cause}` })];
    }
    case 'supplier.updated':
      return [job('search.index-supplier', { supplierId: e.payload.supplierId }, { batch: 'index-suppliers' })];
    case 'supplier.indexed':
      // Matching a profile compares its indexed text with needs, so it runs after indexing, not beside it.
      return [job('matching.compute-for-supplier', { supplierId: e.payload.supplierId }, { batch: 'pool-changes' })];
    case 'supplier.compute-requested': {
      const { supplierId, cause } = e.payload;
      return [job('matching.compute-for-supplier', { supplierId }, { key: `${supplierId}-${cause}` })];
    }
    case 'pool.changes-noted': {
      const { requestId } = e.payload;
      return [
        job(
          'matching.rematch-pool',
          { requestId },
          {
            key: requestId,
            // Planning is cheap and must not wait behind the bulk work queued before it.
            priority: JobPriority.Interactive,
            // One hand-over once the import has gone quiet, however many notes it wrote.
            debounce: { id: 'matching.rematch-pool', ms: POOL_HAND_OVER_DEBOUNCE_MS },
          },
        ),
      ];
    }
    case 'search.reindex-requested':
      return [job('search.reindex-all', { requestId: e.payload.requestId })];
    case 'criteria.activated':
      return [job('matching.rematch-open-needs', { criteriaVersion: e.payload.criteriaVersion })];
    case 'criteria.evaluation-requested':
      return [job('matching.evaluate-criteria', { runId: e.payload.runId })];
    case 'match.suggested':
    case 'match.interest-expressed':
    case 'match.invited':
      return [job('notifications.plan-match-event', { matchId: e.payload.matchId, event: e.type })];
    case 'match.connected':
      return [
        job('notifications.plan-match-event', { matchId: e.payload.matchId, event: e.type }),
        job('dialogue.open-for-match', { matchId: e.payload.matchId }),
      ];
    case 'match.declined':
      return [job('notifications.plan-match-declined', { matchId: e.payload.matchId })];
    case 'dialogue.message-sent':
      return [job('notifications.plan-dialogue-message', { messageId: e.payload.messageId })];
    case 'delivery.created':
    case 'delivery.stalled':
      return [job('notifications.deliver', { deliveryId: e.payload.deliveryId })];
    case 'clarification.published':
      // One job for every recipient: nobody hears of a clarification before the others.
      return [job('notifications.plan-clarification', { clarificationId: e.payload.clarificationId })];
    case 'question.asked':
      return [job('notifications.plan-question-asked', { questionId: e.payload.questionId })];
    case 'buyer-group.proposed':
    case 'buyer-group.answered':
      return [job('notifications.plan-buyer-group-proposal', { proposalId: e.payload.proposalId })];
    case 'notifications.match-emails-held': {
      // One job per user and window (all of a burst share the window); it waits until the window ends.
      const { userId, window } = e.payload;
      const key = `${userId}-${Date.parse(window)}`;
      return [
        job(
          'notifications.release-match-emails',
          { userId, window },
          { key, debounce: { id: `release-match-emails-${key}`, ms: Math.max(0, Date.parse(window) - Date.now()) } },
        ),
      ];
    }
    case 'password-reset.requested':
      return [job('notifications.plan-password-reset', { resetId: e.payload.resetId })];
    case 'user.registered':
      return [job('notifications.send-email-confirmation', { userId: e.payload.userId })];
    default: {
      const unknown: never = e;
      throw new Error(`Unrouted outbox event ${JSON.stringify(unknown)}`);
    }
  }
}

export const aggregateIdOf = (e: OutboxEvent): string => Object.values(e.payload)[0] as string;

const BULK_INDEX_BATCH = 500;

/** The batch job of a group, for the ids of up to BULK_INDEX_BATCH single jobs. */
function batchJob(group: BatchGroup, ids: string[], jobId: string): EnqueueRequest {
  switch (group) {
    case 'index-needs':
      return {
        name: 'search.index-needs',
        payload: { needIds: ids },
        jobId: `search.index-needs-from-${jobId}`,
        priority: JobPriority.Bulk,
      };
    case 'index-suppliers':
      return {
        name: 'search.index-suppliers',
        payload: { supplierIds: ids },
        jobId: `search.index-suppliers-from-${jobId}`,
        priority: JobPriority.Bulk,
      };
    case 'pool-changes':
      return {
        name: 'matching.pool-changes',
        payload: { supplierIds: ids },
        jobId: `matching.pool-changes-from-${jobId}`,
        priority: JobPriority.Interactive,
      };
  }
}

/** The one id a batchable single job is about. */
function batchedId(job: EnqueueRequest): string | null {
  switch (job.name) {
    case 'search.index-need':
      return job.payload.needId;
    case 'search.index-supplier':
    case 'matching.compute-for-supplier':
      return job.payload.supplierId;
    default:
      return null;
  }
}

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
  const grouped = new Map<BatchGroup, Grouped[]>(BATCH_GROUPS.map((g) => [g, []]));
  for (const e of events) {
    for (const { batch, ...job } of routeEvent(e)) {
      const id = batch && job.priority === JobPriority.Bulk ? batchedId(job) : null;
      if (batch && id !== null) grouped.get(batch)!.push({ id, jobId: job.jobId });
      else out.push(job);
    }
  }
  for (const [group, items] of grouped) {
    for (let i = 0; i < items.length; i += BULK_INDEX_BATCH) {
      const chunk = items.slice(i, i + BULK_INDEX_BATCH);
      out.push(batchJob(group, [...new Set(chunk.map((c) => c.id))], chunk[0]!.jobId));
    }
  }
  return out;
}

interface Grouped {
  id: string;
  jobId: string;
}
