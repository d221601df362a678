import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { JobProducer } from '@navet/queue';

/** Repeating jobs. BullMQ job schedulers are upserted, so several workers create one schedule. */
@Injectable()
export class Schedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(Schedules.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly producer: JobProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.queue.reconcileIntervalSeconds * 1000;
    const queue = this.producer.queue('search');
    if (every <= 0) {
      await queue.removeJobScheduler('search-reconcile');
      return;
    }
    await queue.upsertJobScheduler('search-reconcile', { every }, { name: 'search.reconcile', data: { requestId: 'scheduled' } });
    this.logger.log({ everySeconds: every / 1000 }, 'search reconciler scheduled');
  }
}
