import type { EnqueuedTaskPromise, Task } from 'meilisearch';

// Bulk additions and swaps can take longer than the client's 5 s default; a job waits, a request does not.
const TASK_TIMEOUT_MS = 10 * 60_000;

export class MeiliTaskError extends Error {
  constructor(readonly task: Task) {
    super(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? '?'} ${task.error?.message ?? ''}`.trim(),
    );
  }
}

/** Awaits a Meilisearch task and throws unless it succeeded, so a failed write fails its job (and BullMQ retries). */
export async function waitForTask(enqueued: EnqueuedTaskPromise, timeoutMs = TASK_TIMEOUT_MS): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: timeoutMs, interval: 25 });
  if (task.status !== 'succeeded') throw new MeiliTaskError(task);
  return task;
}
