import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { hostname } from 'node:os';
import { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@navet/config';
import {
  checkHandlerCoverage,
  createRedis,
  DEFAULT_JOB_OPTIONS,
  isHandlerFor,
  isJobName,
  JOB_HANDLERS,
  JOB_NAMES,
  JobContext,
  JobHandler,
  JobName,
  JobPayload,
  JobPriority,
  QUEUE_NAMES,
  QueueName,
} from '@navet/queue';

/** One BullMQ Worker per selected queue, dispatching each job to its single registered handler. */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];
  private readonly byName: Map<JobName, JobHandler>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
  ) {
    checkHandlerCoverage(handlers, JOB_NAMES);
    this.byName = new Map(handlers.map((h) => [h.jobName, h]));
  }

  /** WORKER_QUEUES picks queues (e.g. "search"); default all. */
  selectedQueues(): QueueName[] {
    const wanted = this.config.queue.workerQueues;
    if (!wanted) return [...QUEUE_NAMES];
    const unknown = wanted.filter((q) => !(QUEUE_NAMES as readonly string[]).includes(q));
    if (unknown.length)
      throw new Error(`WORKER_QUEUES names unknown queues: ${unknown.join(', ')} (known: ${QUEUE_NAMES.join(', ')})`);
    return wanted as QueueName[];
  }

  /**
   * This process among the workers sharing the queues: BullMQ stores it with every job it runs
   * (`processedBy`) and as its Redis client name, so an operator sees which replica ran what.
   */
  readonly workerName = `${hostname()}-${process.pid}`;

  onApplicationBootstrap(): void {
    for (const queue of this.selectedQueues()) {
      const connection = createRedis(this.config.redis.url);
      this.connections.push(connection);
      const worker = new Worker(queue, (job) => this.process(job), {
        connection,
        name: this.workerName,
        prefix: this.config.queue.prefix,
        concurrency: this.config.queue.concurrency[queue],
        // A job whose worker died (kill -9, OOM, a node lost) is "stalled" and run again. BullMQ's default
        // fails it for good at the second such death: the fault suite lost matching work that way after
        // repeated worker kills. Handlers are idempotent, so a stalled job gets as many runs as a failing one.
        maxStalledCount: DEFAULT_JOB_OPTIONS.attempts,
      });
      worker.on('failed', (job, err) =>
        this.logger.warn({ jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: err.message }, 'job failed'),
      );
      worker.on('error', (err) => this.logger.error({ err }, 'worker error'));
      this.workers.push(worker);
    }
    this.logger.log({ queues: this.selectedQueues(), workerName: this.workerName }, 'worker processing queues');
  }

  private async process(job: Job): Promise<void> {
    if (!isJobName(job.name)) throw new Error(`No handler for job ${job.name}`);
    const started = Date.now();
    // BullMQ types `data` as any: it is the payload the typed producer wrote for this name.
    await this.dispatch(job.name, job.data, {
      jobId: job.id ?? '',
      attempt: job.attemptsMade + 1,
      priority: job.opts.priority === JobPriority.Bulk ? JobPriority.Bulk : JobPriority.Interactive,
    });
    this.logger.debug({ jobId: job.id, job: job.name, ms: Date.now() - started }, 'job done');
  }

  private async dispatch<N extends JobName>(name: N, payload: JobPayload<N>, context: JobContext): Promise<void> {
    const handler = this.byName.get(name);
    if (!handler || !isHandlerFor(handler, name)) throw new Error(`No handler for job ${name}`);
    await handler.handle(payload, context);
  }

  async onApplicationShutdown(): Promise<void> {
    // close() waits for active jobs to finish, so a deploy does not cut a handler in half.
    await Promise.all(this.workers.map((w) => w.close()));
    // BullMQ does not close connections it was handed.
    this.connections.forEach((c) => c.disconnect());
  }
}
