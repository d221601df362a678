import { Queue } from 'bullmq';
import { Pool } from 'pg';
import { GqlResponse, GraphQLClient } from '@navet/testing';
import { QUEUE_NAMES } from '@navet/queue';

/** A load balancer in front of several API processes: each request goes to the next one, round robin. */
export class RoundRobinClient extends GraphQLClient {
  private next = 0;
  private readonly clients: GraphQLClient[];

  constructor(urls: readonly string[]) {
    super(urls[0]!);
    this.clients = urls.map((u) => new GraphQLClient(u));
  }

  override request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<T>> {
    const client = this.clients[this.next++ % this.clients.length]!;
    return client.request<T>(query, variables, token, headers);
  }
}

export const queuesOf = (connection: import('ioredis').Redis, prefix: string): Queue[] =>
  QUEUE_NAMES.map((name) => new Queue(name, { connection, prefix }));

/**
 * Waits until nothing is left to do: no job waiting, active or delayed on any queue, then no outbox
 * row unpublished. In that order: a job writes its follow-up outbox rows before it completes, and the
 * relay enqueues before it marks rows published, so work in flight is always visible to one check.
 */
export async function waitForQuiet(
  db: Pool,
  queues: readonly Queue[],
  describe: () => string,
  timeoutMs = 45_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let pending = '';
  while (Date.now() < deadline) {
    const counts = await Promise.all(queues.map(async (q) => [q.name, await q.getJobCounts()] as const));
    const busy = counts.filter(([, c]) => (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) > 0);
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`);
    if (busy.length === 0 && rows[0]!.n === 0) return;
    pending = `outbox=${rows[0]!.n} ${busy.map(([n, c]) => `${n}=${JSON.stringify(c)}`).join(' ')}`;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not quiet after ${timeoutMs} ms; still pending: ${pending}\n${describe()}`);
}

/** Which worker ran each completed job (BullMQ's processedBy), over every queue. */
export async function completedJobsByWorker(queues: readonly Queue[]): Promise<Map<string, number>> {
  const byWorker = new Map<string, number>();
  for (const q of queues) {
    for (const job of await q.getJobs(['completed'], 0, -1)) {
      const by = job.processedBy ?? '(none)';
      byWorker.set(by, (byWorker.get(by) ?? 0) + 1);
    }
  }
  return byWorker;
}

/** Rows of a query that should return none: the duplicates it looks for. */
export async function duplicates(db: Pool, sql: string): Promise<unknown[]> {
  return (await db.query(sql)).rows;
}

export const count = async (db: Pool, sql: string, params: unknown[] = []): Promise<number> =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) q`, params)).rows[0]!.n;

/** The Message-ID header nodemailer sent (Navet sets it to the delivery id). */
export const messageIdOf = (headers: string): string | undefined => /^message-id:\s*<([^>]+)>/im.exec(headers)?.[1];
