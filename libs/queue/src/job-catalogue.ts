/**
 * Every background job: stable name -> payload. Payloads carry ids only, never personal data.
 * Adding a job here without a handler makes the worker refuse to boot.
 */

/**
 * The match changes notifications are planned for, named by the outbox events that announce them.
 * The job carries the event's name, not a notification kind: what a user is told (NEW_MATCH, ...)
 * is the notifications lib's vocabulary, which maps these names to its own kinds. Kept here, not
 * imported from the outbox lib, because the outbox lib imports this one.
 */
export type MatchEventName = 'match.suggested' | 'match.interest-expressed' | 'match.invited' | 'match.connected';

export interface JobCatalogue {
  'search.index-need': { needId: string };
  'search.index-supplier': { supplierId: string };
  /** Bulk variants: the relay groups bulk events into one job per batch of ids. */
  'search.index-needs': { needIds: string[] };
  'search.index-suppliers': { supplierIds: string[] };
  'search.reindex-all': { requestId: string };
  'search.reconcile': { requestId: string };
  /**
   * `bulkPublished`: the need was published in bulk (an import); while bulk profile changes wait for
   * the pool hand-over, the hand-over matches it against the whole pool instead (once, not twice).
   */
  'matching.compute-for-need': { needId: string; bulkPublished?: true };
  'matching.compute-for-supplier': { supplierId: string };
  'matching.rematch-open-needs': { criteriaVersion: string };
  /** Profiles indexed in bulk (imports, seeding): noted, then handed to the matcher together. */
  'matching.pool-changes': { supplierIds: string[] };
  'matching.rematch-pool': { requestId: string };
  /** [R] Replays a stored criteria evaluation run in the background. */
  'matching.evaluate-criteria': { runId: string };
  'notifications.plan-match-event': { matchId: string; event: MatchEventName };
  'notifications.saved-search-hits': { needId: string };
  'notifications.deliver': { deliveryId: string };
  'notifications.daily-digest': { day: string };
  /** Tells every engaged supplier (and the asker) of one clarification, in one transaction. */
  'notifications.plan-clarification': { clarificationId: string };
  'notifications.plan-question-asked': { questionId: string };
  /** The other side of a declined match hears of it. */
  'notifications.plan-match-declined': { matchId: string };
  /** The other side of a dialogue hears of a new message. */
  'notifications.plan-dialogue-message': { messageId: string };
  /** A CONNECTED match gets its dialogue (once: the match id is unique among dialogues). */
  'dialogue.open-for-match': { matchId: string };
  /** [C] Similar published needs of other buyers: tell both buyers once per pair. */
  'notifications.plan-similar-needs': { needId: string };
  /** [C] A buyer-group proposal was made or answered: tell the other side (by the proposal's state). */
  'notifications.plan-buyer-group-proposal': { proposalId: string };
  /** E-mail the best-scored NEW_MATCH notifications of a user held until `window` (ISO time), within the daily cap. */
  'notifications.release-match-emails': { userId: string; window: string };
  /** [E] Plans the one e-mail of a password reset (a delivery); the link is rebuilt from the id at send time. */
  'notifications.plan-password-reset': { resetId: string };
  /** [E] Scheduled: organizations whose last user erased their account, past the grace period, are removed. */
  'privacy.remove-abandoned-organizations': { requestId: string };
  /** [E] E-mails a new user the link that confirms their address (the token is made at send time, never queued). */
  'notifications.send-email-confirmation': { userId: string };
  /** [E] Scheduled: removes accounts never confirmed within UNCONFIRMED_ACCOUNT_DAYS (and nothing refers to). */
  'identity.expire-unconfirmed-accounts': { requestId: string };
}

export type JobName = keyof JobCatalogue;
export type JobPayload<N extends JobName> = JobCatalogue[N];

export const QUEUE_NAMES = ['search', 'matching', 'notifications'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** Which queue runs which job; the worker's WORKER_QUEUES picks queues, not jobs. */
export const JOB_QUEUE: { [N in JobName]: QueueName } = {
  'search.index-need': 'search',
  'search.index-supplier': 'search',
  'search.index-needs': 'search',
  'search.index-suppliers': 'search',
  'search.reindex-all': 'search',
  'search.reconcile': 'search',
  'matching.compute-for-need': 'matching',
  'matching.compute-for-supplier': 'matching',
  'matching.rematch-open-needs': 'matching',
  'matching.pool-changes': 'matching',
  'matching.rematch-pool': 'matching',
  'matching.evaluate-criteria': 'matching',
  'notifications.plan-match-event': 'notifications',
  'notifications.saved-search-hits': 'notifications',
  'notifications.deliver': 'notifications',
  'notifications.daily-digest': 'notifications',
  'notifications.plan-clarification': 'notifications',
  'notifications.plan-question-asked': 'notifications',
  'notifications.plan-match-declined': 'notifications',
  'notifications.plan-dialogue-message': 'notifications',
  // A few quick writes: not worth a queue of its own, and not behind the CPU-bound matching jobs.
  'dialogue.open-for-match': 'notifications',
  'notifications.plan-similar-needs': 'notifications',
  'notifications.plan-buyer-group-proposal': 'notifications',
  'notifications.release-match-emails': 'notifications',
  'notifications.plan-password-reset': 'notifications',
  // A short hourly sweep of a few rows: beside the notification jobs, not behind matching.
  'privacy.remove-abandoned-organizations': 'notifications',
  'notifications.send-email-confirmation': 'notifications',
  // A few deletes once in a while: no queue of its own.
  'identity.expire-unconfirmed-accounts': 'notifications',
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

export const isJobName = (name: string): name is JobName => Object.hasOwn(JOB_QUEUE, name);

/** Interactive work (a user just published) runs before bulk work (seeding, imports, rebuilds). */
export enum JobPriority {
  Interactive = 1,
  Bulk = 10,
}
