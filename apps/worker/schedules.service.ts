import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { JobPriority, JobProducer } from '@navet/queue';

const DIGEST_CHECK_MS = 15 * 60 * 1000;
const ORGANIZATION_REMOVAL_SWEEP_MS = 60 * 60 * 1000;
// Accounts expire after days; looking a few times a day is plenty.
const ACCOUNT_EXPIRY_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Repeating work: the places that enqueue without the outbox, because no database change causes
 * them (the passing of time does), so there is no transaction to write an outbox row in. The reconciler
 * is a BullMQ job scheduler (upserted, so several workers create one schedule). The daily digest carries its day,
 * so a timer enqueues it once the digest hour has passed, under a per-day job id: several workers
 * and ticks queue it once while the queue remembers the id, and a tick after the completed job was
 * evicted runs it again harmlessly (the per-user, per-day delivery key keeps it to one e-mail). The
 * hourly removal of abandoned organizations (docs/privacy.md) and the expiry of unconfirmed accounts
 * (per six-hour slot) are timed the same way: unlike a BullMQ scheduler they leave no delayed job
 * waiting in a queue between runs.
 */
@Injectable()
export class Schedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Schedules.name);
  private digestTimer: NodeJS.Timeout | null = null;
  private removalTimer: NodeJS.Timeout | null = null;
  private expiryTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly producer: JobProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.queue.reconcileIntervalSeconds * 1000;
    const queue = this.producer.queue('search');
    if (every <= 0) {
      await queue.removeJobScheduler('search-reconcile');
    } else {
      await queue.upsertJobScheduler(
        'search-reconcile',
        { every },
        { name: 'search.reconcile', data: { requestId: 'scheduled' } },
      );
      this.logger.log({ everySeconds: every / 1000 }, 'search reconciler scheduled');
    }
    this.digestTimer = setInterval(() => void this.enqueueDigest(), DIGEST_CHECK_MS);
    await this.enqueueDigest();
    this.removalTimer = setInterval(() => void this.enqueueOrganizationRemoval(), ORGANIZATION_REMOVAL_SWEEP_MS);
    await this.enqueueOrganizationRemoval();
    this.expiryTimer = setInterval(() => void this.enqueueAccountExpiry(), ACCOUNT_EXPIRY_EVERY_MS);
    await this.enqueueAccountExpiry();
  }

  /** Hourly, like the digest: a job id per hour, so several workers queue one sweep (docs/privacy.md). */
  private async enqueueOrganizationRemoval(): Promise<void> {
    const hour = new Date().toISOString().slice(0, 13);
    try {
      await this.producer.enqueue({
        name: 'privacy.remove-abandoned-organizations',
        payload: { requestId: hour },
        jobId: `privacy.remove-abandoned-organizations-${hour}`,
        priority: JobPriority.Bulk,
      });
    } catch (e) {
      this.logger.warn({ err: e }, 'could not enqueue the removal of abandoned organizations; next try in an hour');
    }
  }

  /** Once per six-hour slot (the slot is the job id): several workers and restarts queue it once. */
  private async enqueueAccountExpiry(): Promise<void> {
    // A number, not an ISO time: BullMQ job ids may not contain ':'.
    const slot = Math.floor(Date.now() / ACCOUNT_EXPIRY_EVERY_MS);
    try {
      await this.producer.enqueue({
        name: 'identity.expire-unconfirmed-accounts',
        payload: { requestId: `slot-${slot}` },
        jobId: `identity.expire-unconfirmed-accounts-${slot}`,
        priority: JobPriority.Bulk,
      });
    } catch (e) {
      this.logger.warn({ err: e }, 'could not enqueue the expiry of unconfirmed accounts; next try in six hours');
    }
  }

  private async enqueueDigest(): Promise<void> {
    const now = new Date();
    if (now.getUTCHours() < this.config.notifications.digestHourUtc) return;
    const day = now.toISOString().slice(0, 10);
    try {
      // Direct enqueue on purpose, see the class comment.
      await this.producer.enqueue({
        name: 'notifications.daily-digest',
        payload: { day },
        jobId: `notifications.daily-digest-${day}`,
        priority: JobPriority.Bulk,
      });
    } catch (e) {
      this.logger.warn({ err: e }, 'could not enqueue the daily digest; next check in 15 minutes');
    }
  }

  onApplicationShutdown(): void {
    if (this.digestTimer) clearInterval(this.digestTimer);
    if (this.removalTimer) clearInterval(this.removalTimer);
    if (this.expiryTimer) clearInterval(this.expiryTimer);
  }
}
