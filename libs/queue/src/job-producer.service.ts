import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { JOB_QUEUE, JobName, JobPayload, JobPriority, QUEUE_NAMES, QueueName } from './job-catalogue';
import { createRedis } from './redis-connection';

/** Defaults every job gets: retries with exponential backoff; failures kept a week for inspection. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** How a job is put on its queue, whatever the job. */
export interface EnqueueOptions {
  /** Deterministic id: the same request enqueued twice runs once. No ':' allowed (BullMQ). */
  jobId: string;
  priority?: JobPriority;
  /**
   * Debounce: the job waits `ms`; another request with the same `id` meanwhile replaces it and
   * restarts the wait; one arriving while it runs is kept and runs after it (BullMQ deduplication).
   */
  debounce?: { id: string; ms: number };
}

/** A request for one named job: the payload is that job's payload. */
export interface JobRequest<N extends JobName> extends EnqueueOptions {
  name: N;
  payload: JobPayload<N>;
}

/**
 * A request for any job, as a union over job names: a list of requests cannot pair one job's name
 * with another job's payload.
 */
export type EnqueueRequest = { [N in JobName]: JobRequest<N> }[JobName];

/** The only way code puts jobs on queues: typed names, typed payloads. */
@Injectable()
export class JobProducer implements OnModuleDestroy {
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createRedis(config.redis.url);
  }

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: this.connection,
        prefix: this.config.queue.prefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      this.queues.set(name, q);
    }
    return q;
  }

  allQueues(): Queue[] {
    return QUEUE_NAMES.map((n) => this.queue(n));
  }

  async enqueue(req: EnqueueRequest): Promise<void> {
    await this.enqueueMany([req]);
  }

  async enqueueMany(reqs: readonly EnqueueRequest[]): Promise<void> {
    const byQueue = new Map<QueueName, EnqueueRequest[]>();
    for (const r of reqs) {
      const q = JOB_QUEUE[r.name];
      byQueue.set(q, [...(byQueue.get(q) ?? []), r]);
    }
    for (const [queueName, list] of byQueue) {
      await this.queue(queueName).addBulk(
        list.map((r) => ({
          name: r.name,
          data: r.payload,
          opts: {
            jobId: r.jobId,
            priority: r.priority ?? JobPriority.Interactive,
            ...(r.debounce && {
              delay: r.debounce.ms,
              deduplication: { id: r.debounce.id, replace: true, keepLastIfActive: true },
            }),
          },
        })),
      );
    }
  }

  /** Redis reachability, for /health. */
  async ping(): Promise<boolean> {
    return (await this.connection.ping()) === 'PONG';
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}
