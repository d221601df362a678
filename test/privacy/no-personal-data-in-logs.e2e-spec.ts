import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  sampleNeed,
  sampleProfile,
  Session,
  WebhookReceiver,
} from '@navet/testing';
import { ASK } from '../clarifications/clarification-graphql';
import { DIALOGUES, SEND } from '../dialogue/dialogue-graphql';
import { CREATE_NEED, EXPRESS_INTEREST, INVITE, PREFS, PUBLISH, ROTATE, UPSERT_PROFILE } from '../matching/match-graphql';
import { queuesOf, waitForQuiet } from '../scale-out/scale-out-support';
import { ERASE, Person, registerPerson, SAVE_SEARCH, unique } from './privacy-support';

const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`;
const JOB_STATES = ['completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized', 'waiting-children'] as const;

/**
 * Logs and job payloads carry no e-mail addresses and no free text (issue 11 §4): a full flow through
 * a real API and worker process logging at debug level (pino JSON into their captured stdout) —
 * register, publish, match, e-mail and webhook, question, interest, dialogue message, erasure — then
 * every log line and every BullMQ job's data in Redis is searched for the addresses and texts used.
 */
describe('no e-mail addresses or free text in logs and job payloads (e2e, API and worker processes)', () => {
  const mail = new MailCapture();
  const hooks = new WebhookReceiver();
  const admin = { email: `admin-${randomBytes(3).toString('hex')}@privacy.example`, password: 'admin-password-123' };
  const TEXTS = {
    title: `Laddning för hemtjänstens bilar i Kiruna ${unique()}`,
    description: `Vi har fyrtio elbilar och laddar dem vid brukarnas bostäder ${unique()}`,
    headline: `Laddinfrastruktur från Norrlandsladd ${unique()}`,
    interest: `Vi har byggt detta åt tre kommuner ${unique()}`,
    question: `Finns det el i garagen vid baserna ${unique()}`,
    message: `Kan vi ses på basen i Kiruna nästa vecka ${unique()}`,
    search: `Laddbevakning ${unique()}`,
  };
  let services: IsolatedServices;
  let apps: AppProcesses;
  let api: AppProcess;
  let gql: GraphQLClient;
  let db: Pool;
  let redis: Redis;
  let queues: Queue[];
  let buyer: Person;
  let supplier: Person;
  let needId: string;

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    const hookUrl = await hooks.start();
    services = await isolatedServices({ database: 'empty' });
    const env = services.env({
      LOG_LEVEL: 'debug',
      JWT_SECRET: randomBytes(32).toString('hex'),
      SMTP_URL: smtpUrl,
      NAVET_ADMIN_EMAIL: admin.email,
      NAVET_ADMIN_PASSWORD: admin.password,
      NAVET_MATCH_EMAIL_HOLD_MS: '0',
    });
    apps = appProcesses();
    api = await apps.start('api', env);
    await apps.ready(api, 90_000);
    const worker = await apps.start('worker', env);
    await apps.ready(worker);
    gql = new GraphQLClient(`${api.url}/graphql`);
    db = new Pool({ connectionString: services.databaseUrl, max: 2 });
    redis = new Redis(services.config().redis.url, { maxRetriesPerRequest: null });
    queues = queuesOf(redis, services.queuePrefix);
    const quiet = () => waitForQuiet(db, queues, () => apps.logs());

    const adminSession: Session = await login({ gql }, admin.email, admin.password);
    buyer = await registerPerson({ gql }, 'PUBLIC_BUYER', `Kiruna kommun ${unique()}`, 'Berit');
    await gql.ok(VERIFY, { id: buyer.organizationId }, adminSession.token);
    supplier = await registerPerson({ gql }, 'SUPPLIER', `Norrlandsladd AB ${unique()}`, 'Sven');
    const supplierId = (
      await gql.ok<{ upsertSupplierProfile: { id: string } }>(
        UPSERT_PROFILE,
        { input: sampleProfile({ headline: TEXTS.headline, contactEmail: supplier.email }) },
        supplier.token,
      )
    ).upsertSupplierProfile.id;
    await gql.ok(PREFS, { input: { webhookUrl: hookUrl } }, supplier.token);
    await gql.ok(ROTATE, {}, supplier.token);
    await gql.ok(SAVE_SEARCH, { input: { name: TEXTS.search, query: 'laddning' } }, supplier.token);
    await quiet();

    needId = (
      await gql.ok<{ createNeed: { id: string } }>(
        CREATE_NEED,
        { input: sampleNeed({ title: TEXTS.title, description: TEXTS.description }) },
        buyer.token,
      )
    ).createNeed.id;
    await gql.ok(PUBLISH, { id: needId }, buyer.token);
    await quiet();
    await gql.ok(ASK, { needId, question: TEXTS.question }, supplier.token);
    await gql.ok(EXPRESS_INTEREST, { needId, message: TEXTS.interest }, supplier.token);
    await gql.ok(INVITE, { needId, supplierId }, buyer.token);
    await quiet();
    const [dialogue] = (await gql.ok<{ dialogues: { id: string }[] }>(DIALOGUES, { needId }, buyer.token)).dialogues;
    await gql.ok(SEND, { dialogueId: dialogue!.id, body: TEXTS.message }, supplier.token);
    await quiet();
    await gql.ok(ERASE, { password: supplier.password }, supplier.token);
    await quiet();
  }, 240_000);

  afterAll(async () => {
    await apps?.stopAll();
    await Promise.all((queues ?? []).map((q) => q.close()));
    redis?.disconnect();
    await db?.end();
    await services?.close();
    await Promise.all([mail.stop(), hooks.stop()]);
  }, 60_000);

  const secrets = () => [
    admin.email,
    buyer.email,
    buyer.name,
    supplier.email,
    supplier.name,
    supplier.password,
    ...Object.values(TEXTS),
  ];
  const found = (haystack: string) => secrets().filter((s) => haystack.toLowerCase().includes(s.toLowerCase()));

  it('really ran the flow: e-mail and webhook sent, debug lines logged, jobs kept in Redis', async () => {
    expect(mail.mails.some((m) => m.to.includes(supplier.email))).toBe(true);
    expect(hooks.received.length).toBeGreaterThan(0);
    const logs = readdirSync(apps.logDir).map((f) => readFileSync(join(apps.logDir, f), 'utf8'));
    // The scan sees what it should: debug lines, and the erasure's own line (ids only) from the API.
    expect(logs.join('\n')).toContain('"level":20');
    expect(logs.join('\n')).toMatch(new RegExp(`"userId":"${supplier.userId}".*"msg":"account erased"`));
    expect((await queues[2]!.getJobs(['completed'], 0, -1)).length).toBeGreaterThan(0);
  });

  it('finds none of the e-mail addresses, names, password or free texts in any log line', () => {
    const leaks = readdirSync(apps.logDir).flatMap((f) =>
      readFileSync(join(apps.logDir, f), 'utf8')
        .split('\n')
        .filter((line) => found(line).length > 0)
        .map((line) => `${f}: ${found(line).join(', ')} in ${line.slice(0, 300)}`),
    );
    expect(leaks).toEqual([]);
  });

  it('finds none of them in any job kept in Redis (data, name, failure reason)', async () => {
    const leaks: string[] = [];
    let jobs = 0;
    const seenIds = new Set<string>();
    for (const q of queues) {
      for (const job of await q.getJobs([...JOB_STATES], 0, -1)) {
        jobs++;
        const text = JSON.stringify({ name: job.name, id: job.id, data: job.data, failedReason: job.failedReason });
        if (text.includes(needId)) seenIds.add(needId);
        if (found(text).length) leaks.push(`${q.name}/${job.id}: ${found(text).join(', ')}`);
      }
    }
    expect(jobs).toBeGreaterThan(5);
    // ... and reads the payloads themselves: ids, such as the need's.
    expect(seenIds.has(needId)).toBe(true);
    expect(leaks).toEqual([]);
  });
});
