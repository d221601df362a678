import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import type { Queue } from 'bullmq';
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
import { CREATE_NEED, EXPRESS_INTEREST, INVITE, PREFS, PUBLISH, ROTATE, UPSERT_PROFILE } from '../matching/match-graphql';
import {
  completedJobsByWorker,
  count,
  duplicates,
  messageIdOf,
  queuesOf,
  RoundRobinClient,
  waitForQuiet,
} from './scale-out-support';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const DAILY_CAP = 3;

/**
 * Navet past one machine, as separate OS processes: two API processes (booted together on an empty
 * database, requests spread round robin as a load balancer would) and two worker processes, each
 * running the outbox relay and every queue, against one database and one queue prefix. Work created
 * through both APIs must happen once in effect: one suggestion per pair, one notification per event,
 * one webhook call and one e-mail per delivery, every outbox row relayed once.
 */
describe('scale-out: two API and two worker processes on one database and one queue prefix (e2e)', () => {
  const mail = new MailCapture();
  const hooks = new WebhookReceiver();
  const admin = { email: `admin-${randomBytes(3).toString('hex')}@navet.test`, password: 'admin-password-123' };
  let services: IsolatedServices;
  let apps: AppProcesses;
  let apis: AppProcess[];
  let workers: AppProcess[];
  let lb: { gql: GraphQLClient };
  let db: Pool;
  let redis: Redis;
  let queues: Queue[];
  let hookUrl: string;

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    hookUrl = await hooks.start();
    services = await isolatedServices({ database: 'empty' });
    const env = services.env({
      LOG_LEVEL: 'info',
      // One secret for every API process: a token one signs, the others accept (each makes its own otherwise).
      JWT_SECRET: randomBytes(32).toString('hex'),
      SMTP_URL: smtpUrl,
      NAVET_ADMIN_EMAIL: admin.email,
      NAVET_ADMIN_PASSWORD: admin.password,
      // A real burst hold, so held e-mails are released by a debounced job one of the workers runs.
      NAVET_MATCH_EMAIL_HOLD_MS: '1000',
      // A long first wait: the attempts right after the third failure fall inside it however slow the machine.
      LOGIN_FREE_FAILURES_PER_ACCOUNT_IP: '3',
      LOGIN_DELAY_BASE_SECONDS: '600',
      LOGIN_MAX_ATTEMPTS_PER_IP: '1000',
    });
    apps = appProcesses();
    // Both APIs migrate, load reference data and ensure the admin at the same time, as replicas do.
    apis = await Promise.all([apps.start('api', env), apps.start('api', env)]);
    await Promise.all(apis.map((a) => apps.ready(a, 90_000)));
    workers = await Promise.all([apps.start('worker', env), apps.start('worker', env)]);
    await Promise.all(workers.map((w) => apps.ready(w)));
    lb = { gql: new RoundRobinClient(apis.map((a) => `${a.url}/graphql`)) };
    db = new Pool({ connectionString: services.databaseUrl, max: 2 });
    redis = new Redis(services.config().redis.url, { maxRetriesPerRequest: null });
    queues = queuesOf(redis, services.queuePrefix);
  }, 150_000);

  afterAll(async () => {
    await apps?.stopAll();
    await Promise.all((queues ?? []).map((q) => q.close()));
    redis?.disconnect();
    await db?.end();
    await services?.close();
    await Promise.all([mail.stop(), hooks.stop()]);
  }, 60_000);

  const quiet = () => waitForQuiet(db, queues, () => apps.logs());

  it('boots both APIs together on an empty database: one schema, one platform organization, one admin', async () => {
    expect(await count(db, `SELECT 1 FROM organizations WHERE kind = 'PLATFORM'`)).toBe(1);
    expect(await count(db, `SELECT 1 FROM users WHERE role = 'ADMIN'`)).toBe(1);
    for (const api of apis) expect(await new GraphQLClient(`${api.url}/graphql`).ok(LOGIN, { input: admin })).toBeDefined();
  });

  it('shares the login limits through Redis: failures counted on one API delay that account from that address on the other', async () => {
    const victim = await register(lb, 'SUPPLIER');
    const [a, b] = apis.map((api) => new GraphQLClient(`${api.url}/graphql`)) as [GraphQLClient, GraphQLClient];
    const attempt = async (client: GraphQLClient, password: string) => {
      const r = await client.request(LOGIN, { input: { email: victim.email, password } });
      return r.errors?.[0]?.extensions?.code ?? 'OK';
    };
    // Three failures split over the two processes: neither saw three on its own.
    expect([await attempt(a, 'wrong-1'), await attempt(b, 'wrong-2'), await attempt(a, 'wrong-3')]).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect(await attempt(b, victim.password)).toBe('RATE_LIMITED');
    expect(await attempt(a, victim.password)).toBe('RATE_LIMITED');
  });

  describe('work created through both APIs, processed by both workers', () => {
    let buyer: Session;
    let suppliers: Session[];
    let needIds: string[];

    beforeAll(async () => {
      const adminSession = await login(lb, admin.email, admin.password);
      buyer = await verifiedBuyer(lb, adminSession, 'Skalkommunen');
      suppliers = [];
      for (let i = 0; i < 4; i++) {
        const s = await register(lb, 'SUPPLIER', `Laddbolag ${i} AB`);
        await lb.gql.ok(PREFS, { input: { webhookUrl: hookUrl, dailyMatchCap: DAILY_CAP } }, s.token);
        await lb.gql.ok(ROTATE, {}, s.token);
        suppliers.push(s);
      }
      // Profiles and needs arrive together, without waiting: the supplier-side and the need-side
      // matcher race for the same pairs on different workers.
      const profiles = suppliers.map((s, i) =>
        lb.gql.ok(UPSERT_PROFILE, { input: sampleProfile({ headline: `Laddning för fordonsflottor ${i}` }) }, s.token),
      );
      const needs = Array.from({ length: 6 }, async (_, i) => {
        const id = (
          await lb.gql.ok<{ createNeed: { id: string } }>(
            CREATE_NEED,
            { input: sampleNeed({ title: `Laddning av elfordon, etapp ${i + 1}` }) },
            buyer.token,
          )
        ).createNeed.id;
        await lb.gql.ok(PUBLISH, { id }, buyer.token);
        return id;
      });
      await Promise.all(profiles);
      needIds = await Promise.all(needs);
      await quiet();
      // Two suppliers and the buyer meet on the first need: CONNECTED, a dialogue each.
      for (const s of suppliers.slice(0, 2)) {
        const { expressInterest } = await lb.gql.ok<{ expressInterest: { supplier: { id: string } } }>(
          EXPRESS_INTEREST,
          { needId: needIds[0] },
          s.token,
        );
        await lb.gql.ok(INVITE, { needId: needIds[0], supplierId: expressInterest.supplier.id }, buyer.token);
      }
      // A profile edit re-matches that supplier against every open need.
      await lb.gql.ok(
        UPSERT_PROFILE,
        { input: sampleProfile({ headline: 'Laddning för fordonsflottor 3', offerings: ['Laddboxar', 'Drift'] }) },
        suppliers[3]!.token,
      );
      await quiet();
    }, 120_000);

    it('spread the jobs over both worker processes, and none failed for good', async () => {
      const byWorker = await completedJobsByWorker(queues);
      expect([...byWorker.keys()].sort()).toEqual(workers.map((w) => w.workerName).sort());
      for (const q of queues) expect((await q.getJobCounts('failed')).failed).toBe(0);
    });

    it('relayed every outbox row exactly once, though both relays claimed concurrently', async () => {
      expect(await count(db, `SELECT 1 FROM outbox`)).toBeGreaterThan(50);
      expect(await duplicates(db, `SELECT id, attempts FROM outbox WHERE published_at IS NULL OR attempts <> 1`)).toEqual([]);
    });

    it('suggested each pair once and announced each suggestion once', async () => {
      const matches = await count(db, `SELECT 1 FROM matches WHERE origin = 'MATCHER' AND status <> 'WITHDRAWN'`);
      expect(matches).toBe(needIds.length * suppliers.length);
      expect(
        await duplicates(
          db,
          `SELECT payload->>'matchId' AS match, count(*) FROM outbox WHERE event_type = 'match.suggested' GROUP BY 1 HAVING count(*) > 1`,
        ),
      ).toEqual([]);
      // Every live suggestion has exactly one NEW_MATCH notification, and no notification is orphaned.
      expect(
        await duplicates(
          db,
          `SELECT m.id, count(n.id) FROM matches m LEFT JOIN notifications n ON n.match_id = m.id AND n.type = 'NEW_MATCH'
            WHERE m.origin = 'MATCHER' AND m.status <> 'WITHDRAWN' GROUP BY m.id HAVING count(n.id) <> 1`,
        ),
      ).toEqual([]);
      expect(await count(db, `SELECT 1 FROM notifications WHERE type = 'NEW_MATCH'`)).toBe(matches);
    });

    it('connected each pair once: one dialogue and one CONNECTED notification per side', async () => {
      expect(await count(db, `SELECT 1 FROM matches WHERE status = 'CONNECTED'`)).toBe(2);
      expect(await count(db, `SELECT 1 FROM dialogues`)).toBe(2);
      expect(await count(db, `SELECT 1 FROM notifications WHERE type = 'CONNECTED'`)).toBe(4);
    });

    it('called each webhook once per delivery: the receiver saw no repeat', async () => {
      const sent = await count(db, `SELECT 1 FROM deliveries WHERE channel = 'WEBHOOK' AND status = 'SENT'`);
      expect(await count(db, `SELECT 1 FROM deliveries WHERE channel = 'WEBHOOK'`)).toBe(sent);
      expect(hooks.received).toHaveLength(sent);
      const keys = hooks.received.map((h) => String(h.headers['idempotency-key']));
      expect(new Set(keys).size).toBe(keys.length);
      const events = hooks.received.map((h) => {
        const body = JSON.parse(h.rawBody) as { type: string; matchId: string | null };
        return `${body.type}:${body.matchId}`;
      });
      expect(new Set(events).size).toBe(events.length);
      // One NEW_MATCH call per suggestion: webhooks are not capped.
      expect(events.filter((e) => e.startsWith('NEW_MATCH:'))).toHaveLength(needIds.length * suppliers.length);
    });

    it('sent each e-mail once, and spent no daily cap twice', async () => {
      const sent = await count(db, `SELECT 1 FROM deliveries WHERE channel = 'EMAIL' AND status = 'SENT'`);
      expect(await count(db, `SELECT 1 FROM deliveries WHERE channel = 'EMAIL'`)).toBe(sent);
      expect(mail.mails).toHaveLength(sent);
      const ids = mail.mails.map((m) => messageIdOf(m.headers));
      expect(new Set(ids).size).toBe(ids.length);
      // Each supplier got six suggestions and e-mails for its best three; the rest wait for the digest.
      for (const s of suppliers) {
        const newMatchMails = await count(
          db,
          `SELECT 1 FROM deliveries WHERE channel = 'EMAIL' AND event_type = 'NEW_MATCH' AND user_id = $1`,
          [s.userId],
        );
        expect(newMatchMails).toBe(DAILY_CAP);
        expect(mail.mails.filter((m) => m.to.includes(s.email))).toHaveLength(
          await count(db, `SELECT 1 FROM deliveries WHERE channel = 'EMAIL' AND user_id = $1`, [s.userId]),
        );
      }
    });
  });
});
