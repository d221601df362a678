import { JobName, JobPayload, JobPriority } from './job-catalogue';

/** Context a handler may use for logging; never carries personal data. */
export interface JobContext {
  jobId: string;
  attempt: number;
  /** Follow-up work keeps the priority of the work that caused it. */
  priority?: JobPriority;
}

/** One handler per job name. Handlers reload state by id and are safe to run twice. */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  handle(payload: JobPayload<N>, context: JobContext): Promise<void>;
}

/** True when `handler` is the one for `name`: then it takes that job's payload. */
export function isHandlerFor<N extends JobName>(handler: JobHandler, name: N): handler is JobHandler<N> {
  return handler.jobName === name;
}

/** Multi-provider token under which feature modules register their handlers. */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/** Every catalogue job has exactly one handler, or the worker must not start. */
export function checkHandlerCoverage(handlers: readonly JobHandler[], jobNames: readonly JobName[]): void {
  const problems: string[] = [];
  for (const name of jobNames) {
    const n = handlers.filter((h) => h.jobName === name).length;
    if (n === 0) problems.push(`no handler for job "${name}"`);
    if (n > 1) problems.push(`${n} handlers for job "${name}"`);
  }
  for (const h of handlers) {
    if (!jobNames.includes(h.jobName)) problems.push(`handler for unknown job "${h.jobName}"`);
  }
  if (problems.length) throw new Error(`Job catalogue check failed: ${problems.join('; ')}`);
}
