import { randomBytes } from 'node:crypto';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import {
  AppProcess,
  appProcesses,
  AppProcesses,
  GraphQLClient,
  isolatedServices,
  IsolatedServices,
  login,
  MailCapture,
  register,
  sampleNeed,
  sampleProfile,
  Session,
  verifiedBuyer,
  WebhookReceiver,
} from '@navet/testing';
import { CREATE_NEED, PREFS, PUBLISH, ROTATE, UPSERT_PROFILE } from '../matching/match-graphql';
import { count, messageIdOf, queuesOf } from '../scale-out/scale-out-support';

/**
 * Polls `probe` until it returns something other than false/undefined, for at most `timeoutMs`:
 * the bounded wait every fault check uses (no sleeps as synchronisation). Returns the value and how
 * long it took, which the README's fault table reports.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | false | undefined>,
  timeoutMs: number,
  describe: () => string = () => '',
): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== false && value !== undefined) return { value, ms: Date.now() - started };
    } catch (e) {
      last = e;
    }
    if (Date.now() - started > timeoutMs) {
      const why = last instanceof Error ? ` (last error: ${last.message})` : '';
      throw new Error(`${what}: not after ${timeoutMs} ms${why}\n${describe()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Figures for the README's fault table, printed where a person running the suite sees them. */
export function reportFigures(scenario: string, figures: Record<string, unknown>): void {
  console.log(`[fault figures] ${scenario}: ${JSON.stringify(figures)}`);
}

/**
 * waitForQuiet of the scale-out test, except that the reconciler's next run (a delayed `repeat:` job
 * that is always there while RECONCILE_INTERVAL_SECONDS > 0) is not pending work.
 */
async function waitForQuietIgnoringSchedules(
  db: Pool,
  queues: readonly Queue[],
  describe: () => string,
  timeoutMs: number,
): Promise<void> {
  const pending = async () => {
    let n = 0;
    for (const q of queues) {
      const c = await q.getJobCounts('waiting', 'active', 'prioritized');
      n += (c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0);
      n += (await q.getDelayed()).filter((j) => !String(j.id).startsWith('repeat:')).length;
    }
    return n + (await count(db, `SELECT 1 FROM outbox WHERE published_at IS NULL`));
  };
  await waitFor('quiet (no job pending, every outbox row published)', async () => (await pending()) === 0, timeoutMs, describe);
}

export interface FaultStackOptions {
  /** Variables that point the processes at the test's own services (REDIS_URL, MEILI_URL, DATABASE_URL). */
  env?: NodeJS.ProcessEnv;
  /** 'none' when DATABASE_URL in `env` names a database of the test's own PostgreSQL. */
  database?: 'empty' | 'none';
  workers?: number;
}

/**
 * Navet as OS processes (one API, `workers` workers) on a database, index prefix and queue prefix of
 * the test file's own, with a real SMTP sink and webhook receiver: what the fault scenarios break.
 */
export interface FaultStack {
  readonly services: IsolatedServices;
  readonly apps: AppProcesses;
  readonly api: AppProcess;
  readonly workers: AppProcess[];
  readonly gql: GraphQLClient;
  readonly db: Pool;
  readonly redis: Redis;
  readonly queues: Queue[];
  readonly env: NodeJS.ProcessEnv;
  readonly mail: MailCapture;
  readonly hooks: WebhookReceiver;
  readonly hookUrl: string;
  readonly admin: { email: string; password: string };
  /** Waits until no job is waiting, active or delayed and every outbox row is published. */
  quiet(timeoutMs?: number): Promise<void>;
  /** Starts one more worker process and waits until it runs. */
  startWorker(): Promise<AppProcess>;
  close(): Promise<void>;
}

export async function startFaultStack(options: FaultStackOptions = {}): Promise<FaultStack> {
  const mail = new MailCapture();
  const hooks = new WebhookReceiver();
  const smtpUrl = await mail.start();
  const hookUrl = await hooks.start();
  const admin = { email: `admin-${randomBytes(3).toString('hex')}@navet.test`, password: 'admin-password-123' };
  const services = await isolatedServices({ database: options.database ?? 'empty' });
  const env = services.env({
    LOG_LEVEL: 'info',
    JWT_SECRET: randomBytes(32).toString('hex'),
    SMTP_URL: smtpUrl,
    NAVET_ADMIN_EMAIL: admin.email,
    NAVET_ADMIN_PASSWORD: admin.password,
    ...options.env,
  });
  const apps = appProcesses();
  const api = await apps.start('api', env);
  await apps.ready(api, 120_000);
  const workers: AppProcess[] = [];
  const startWorker = async () => {
    const worker = await apps.start('worker', env);
    await apps.ready(worker, 120_000);
    workers.push(worker);
    return worker;
  };
  for (let i = 0; i < (options.workers ?? 1); i++) await startWorker();
  const db = new Pool({ connectionString: env.DATABASE_URL, max: 2 });
  // The pool outlives a PostgreSQL restart: a connection cut by it is dropped, not thrown at the test.
  db.on('error', () => undefined);
  const redis = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
  const queues = queuesOf(redis, services.queuePrefix);
  // While Redis is down on purpose its connection errors are expected, not news for the test's output.
  for (const q of queues) q.on('error', () => undefined);
  return {
    services,
    apps,
    api,
    workers,
    gql: new GraphQLClient(`${api.url}/graphql`),
    db,
    redis,
    queues,
    env,
    mail,
    hooks,
    hookUrl,
    admin,
    quiet: (timeoutMs = 90_000) => waitForQuietIgnoringSchedules(db, queues, () => apps.logs(), timeoutMs),
    startWorker,
    close: async () => {
      await apps.stopAll();
      await Promise.all(queues.map((q) => q.close()));
      redis.disconnect();
      await db.end();
      await services.close();
      await Promise.all([mail.stop(), hooks.stop()]);
    },
  };
}

/** A verified buyer and `suppliers` suppliers with profiles, webhooks and a signing secret. */
export async function buyerAndSuppliers(
  stack: FaultStack,
  suppliers: number,
  dailyMatchCap = 3,
): Promise<{ buyer: Session; suppliers: Session[] }> {
  const adminSession = await login(stack, stack.admin.email, stack.admin.password);
  const buyer = await verifiedBuyer(stack, adminSession, 'Felkommunen');
  const sessions: Session[] = [];
  for (let i = 0; i < suppliers; i++) {
    const s = await register(stack, 'SUPPLIER', `Felbolag ${i} AB`);
    await stack.gql.ok(PREFS, { input: { webhookUrl: stack.hookUrl, dailyMatchCap } }, s.token);
    await stack.gql.ok(ROTATE, {}, s.token);
    await upsertProfile(stack.gql, s, i);
    sessions.push(s);
  }
  return { buyer, suppliers: sessions };
}

export const upsertProfile = (gql: GraphQLClient, supplier: Session, n: number) =>
  gql.ok(UPSERT_PROFILE, { input: sampleProfile({ headline: `Laddning för fordonsflottor ${n}` }) }, supplier.token);

/** Creates and publishes a need through the API; resolves with its id. */
export async function publishNeed(gql: GraphQLClient, buyer: Session, n: number): Promise<string> {
  const { createNeed } = await gql.ok<{ createNeed: { id: string } }>(
    CREATE_NEED,
    { input: sampleNeed({ title: `Laddning av elfordon, etapp ${n}` }) },
    buyer.token,
  );
  await gql.ok(PUBLISH, { id: createNeed.id }, buyer.token);
  return createNeed.id;
}

/**
 * What "nothing lost, nothing twice" means after a fault, as counts (each expected to be 0 unless
 * named otherwise): checked by every scenario once the stack is quiet again.
 */
export async function integrityCounts(stack: FaultStack): Promise<Record<string, number>> {
  const { db } = stack;
  const failedJobs = (await Promise.all(stack.queues.map((q) => q.getJobCounts('failed')))).reduce(
    (n, c) => n + (c.failed ?? 0),
    0,
  );
  const webhookKeys = stack.hooks.received.map((h) => String(h.headers['idempotency-key']));
  const webhookEvents = new Map<string, Set<string>>();
  stack.hooks.received.forEach((h, i) => {
    const body = JSON.parse(h.rawBody) as { type: string; matchId: string | null };
    const event = `${body.type}:${body.matchId}`;
    webhookEvents.set(event, (webhookEvents.get(event) ?? new Set()).add(webhookKeys[i]!));
  });
  const messageIds = stack.mail.mails.map((m) => messageIdOf(m.headers) ?? '(none)');
  const sent = (channel: string) => count(db, `SELECT 1 FROM deliveries WHERE channel = $1 AND status = 'SENT'`, [channel]);
  return {
    unpublishedOutboxRows: await count(db, `SELECT 1 FROM outbox WHERE published_at IS NULL`),
    failedJobs,
    // Published needs whose matching never ran, or whose suggestions are not all there.
    publishedNeedsWithoutAllMatches: await count(
      db,
      `SELECT n.id FROM needs n
        LEFT JOIN matches m ON m.need_id = n.id AND m.origin = 'MATCHER' AND m.status <> 'WITHDRAWN'
        WHERE n.status = 'PUBLISHED' GROUP BY n.id
        HAVING count(m.id) <> (SELECT count(*) FROM supplier_profiles)`,
    ),
    duplicateSuggestionEvents: await count(
      db,
      `SELECT payload->>'matchId' FROM outbox WHERE event_type = 'match.suggested' GROUP BY 1 HAVING count(*) > 1`,
    ),
    matchesWithoutOneNotification: await count(
      db,
      `SELECT m.id FROM matches m LEFT JOIN notifications n ON n.match_id = m.id AND n.type = 'NEW_MATCH'
        WHERE m.origin = 'MATCHER' AND m.status <> 'WITHDRAWN' GROUP BY m.id HAVING count(n.id) <> 1`,
    ),
    unsentDeliveries: await count(db, `SELECT 1 FROM deliveries WHERE status IN ('PENDING', 'FAILED')`),
    // A receiver deduplicates by Idempotency-Key: one event under two keys is a duplicate it cannot see.
    webhookEventsUnderTwoKeys: [...webhookEvents.values()].filter((keys) => keys.size > 1).length,
    webhookKeysMinusSentDeliveries: new Set(webhookKeys).size - (await sent('WEBHOOK')),
    // Message-ID is the delivery id: one per delivery row, and delivery rows are unique per event.
    mailMessageIdsMinusSentDeliveries: new Set(messageIds).size - (await sent('EMAIL')),
  };
}

/** Calls and mails repeated under the same key (a crash between sending and recording it): absorbed by that key. */
export function resentUnderSameKey(stack: FaultStack): { resentWebhooks: number; resentMails: number } {
  const keys = stack.hooks.received.map((h) => String(h.headers['idempotency-key']));
  const ids = stack.mail.mails.map((m) => messageIdOf(m.headers) ?? '(none)');
  return { resentWebhooks: keys.length - new Set(keys).size, resentMails: ids.length - new Set(ids).size };
}

export const ALL_ZERO = (counts: Record<string, number>) => Object.fromEntries(Object.keys(counts).map((k) => [k, 0]));
