import { OutboxRelay } from '@navet/outbox';
import { JobProducer } from '@navet/queue';
import { verifyWebhookSignature } from '../domain/webhook-signature';
import { NotificationsService } from '../services/notifications.service';
import {
  insertMatch,
  insertNeed,
  insertOrganization,
  insertSupplierProfile,
  insertUser,
  insertWebhook,
  MailCapture,
  WebhookReceiver,
} from '@navet/testing';
import { NotificationsTestEnv, startNotificationsTestEnv } from '../test-support/notifications-test-env';
import { DeliverHandler } from './deliver.handler';
import { PlanMatchEventHandler } from './plan-match-event.handler';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

const secret = 'f'.repeat(64);
const smtp = new MailCapture();
const receiver = new WebhookReceiver();
let env: NotificationsTestEnv;
let plan: PlanMatchEventHandler;
let deliver: DeliverHandler;
let buyerOrg: string;
let supplierOrg: string;
let svUser: string;
let enUser: string;
let supplierId: string;
let needId: string;

interface DeliveryView {
  id: string;
  channel: string;
  status: string;
  attempts: number;
  userId: string | null;
}

const deliveries = (eventKey: string): Promise<DeliveryView[]> =>
  env.ds.query(
    `SELECT id, channel, status, attempts, user_id AS "userId" FROM deliveries WHERE event_key = $1 ORDER BY channel, user_id`,
    [eventKey],
  );

const deliverAll = async (rows: DeliveryView[]): Promise<void> => {
  for (const r of rows) await deliver.handle({ deliveryId: r.id }, { jobId: 'test', attempt: 1 });
};

beforeAll(async () => {
  const smtpUrl = await smtp.start();
  const hookUrl = await receiver.start();
  env = await startNotificationsTestEnv({
    SMTP_URL: smtpUrl,
    MAIL_FROM: 'Navet <no-reply@navet.test>',
  });
  plan = env.app.get(PlanMatchEventHandler);
  deliver = env.app.get(DeliverHandler);
  buyerOrg = await insertOrganization(env.ds, { name: 'Stockholms stad', kind: 'PUBLIC_BUYER' });
  supplierOrg = await insertOrganization(env.ds, { name: 'Laddbolaget AB', kind: 'SUPPLIER' });
  await insertUser(env.ds, buyerOrg, { email: 'inkop@stockholm.se' });
  svUser = await insertUser(env.ds, supplierOrg, { email: 'anna@laddbolaget.se', language: 'sv' });
  enUser = await insertUser(env.ds, supplierOrg, { email: 'john@laddbolaget.se', language: 'en' });
  supplierId = await insertSupplierProfile(env.ds, supplierOrg);
  needId = await insertNeed(env.ds, buyerOrg, { title: 'Eldrivna arbetsmaskiner' });
  await insertWebhook(env.ds, supplierOrg, hookUrl, secret);
});

afterAll(async () => {
  await env?.close();
  await smtp.stop();
  await receiver.stop();
});

describe('planning and delivering a new match', () => {
  let matchId: string;

  beforeAll(async () => {
    matchId = await insertMatch(env.ds, needId, supplierId, { score: 0.82 });
    await plan.handle({ matchId, event: 'match.suggested' });
    await plan.handle({ matchId, event: 'match.suggested' });
  });

  it('stores one notification per supplier user, even when planned twice', async () => {
    const rows: { userId: string; title: string }[] = await env.ds.query(
      `SELECT user_id AS "userId", title FROM notifications WHERE match_id = $1 ORDER BY title`,
      [matchId],
    );
    expect(rows).toEqual([
      { userId: enUser, title: 'New matching need: Eldrivna arbetsmaskiner' },
      {
        userId: svUser,
        title: 'Nytt matchande behov: Eldrivna arbetsmaskiner',
      },
    ]);
  });

  it('creates one e-mail per user and one webhook call for the organization, and queues them', async () => {
    const rows = await deliveries(`NEW_MATCH:${matchId}`);
    expect(rows.map((r) => [r.channel, r.userId])).toEqual(
      expect.arrayContaining([
        ['EMAIL', svUser],
        ['EMAIL', enUser],
        ['WEBHOOK', null],
      ]),
    );
    expect(rows).toHaveLength(3);
    await env.app.get(OutboxRelay).drain();
    const jobs = await env.app.get(JobProducer).queue('notifications').getJobs(['waiting', 'prioritized', 'delayed']);
    const queued = jobs
      .filter((j) => j.name === 'notifications.deliver')
      .map((j) => (j.data as { deliveryId: string }).deliveryId);
    expect(queued.sort()).toEqual(rows.map((r) => r.id).sort());
    expect(jobs.every((j) => JSON.stringify(j.data).indexOf('@') === -1)).toBe(true);
  });

  it('sends each e-mail once, with text and HTML bodies and an unsubscribe link, and the webhook once', async () => {
    const rows = await deliveries(`NEW_MATCH:${matchId}`);
    await deliverAll(rows);
    await deliverAll(rows);
    expect(smtp.mails.map((m) => m.to).sort()).toEqual([['anna@laddbolaget.se'], ['john@laddbolaget.se']]);
    const anna = smtp.mails.find((m) => m.to[0] === 'anna@laddbolaget.se')!;
    const [{ token }]: { token: string }[] = await env.ds.query(
      `SELECT unsubscribe_token AS token FROM notification_preferences WHERE user_id = $1`,
      [svUser],
    );
    const link = `https://navet.test/notifications/unsubscribe?token=${token}`;
    expect(anna.headers).toContain('Subject: Nytt matchande behov: Eldrivna arbetsmaskiner');
    expect(anna.headers).toContain(`List-Unsubscribe: <${link}>`);
    expect(anna.headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(anna.text).toContain('matchar er profil (poäng 82 %)');
    expect(anna.text).toContain(link);
    expect(anna.html).toContain('<h1>Nytt matchande behov: Eldrivna arbetsmaskiner</h1>');
    expect(anna.html).toContain(`href="${link}"`);
    expect(anna.html).toContain(`href="https://navet.test/supplier/matches/${matchId}"`);
    expect((await deliveries(`NEW_MATCH:${matchId}`)).map((r) => [r.status, r.attempts])).toEqual([
      ['SENT', 1],
      ['SENT', 1],
      ['SENT', 1],
    ]);
  });

  it('signs the webhook body with the organization secret and names the delivery as idempotency key', async () => {
    expect(receiver.received).toHaveLength(1);
    const [hook] = receiver.received;
    const webhookRow = (await deliveries(`NEW_MATCH:${matchId}`)).find((r) => r.channel === 'WEBHOOK')!;
    expect(verifyWebhookSignature(secret, hook.rawBody, hook.headers['x-navet-signature'] as string)).toBe(true);
    expect(hook.headers['idempotency-key']).toBe(webhookRow.id);
    expect(hook.headers['x-navet-event']).toBe('NEW_MATCH');
    expect(hook.headers['content-type']).toBe('application/json');
    const body = JSON.parse(hook.rawBody) as Record<string, unknown>;
    expect(body).toEqual({
      id: webhookRow.id,
      type: 'NEW_MATCH',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      needId,
      matchId,
      // The receiving supplier organization's screen of the match.
      url: `https://navet.test/supplier/matches/${matchId}`,
      data: {
        needTitle: 'Eldrivna arbetsmaskiner',
        counterpartName: 'Stockholms stad',
        score: 0.82,
      },
    });
    expect(hook.rawBody).not.toContain('@');
  });
});

describe('a webhook receiver that fails once', () => {
  it('gets the delivery again after the failure and exactly one successful delivery', async () => {
    const matchId = await insertMatch(env.ds, await insertNeed(env.ds, buyerOrg, { title: 'Digital bokning' }), supplierId);
    await plan.handle({ matchId, event: 'match.invited' });
    const hookRow = (await deliveries(`BUYER_INVITED:${matchId}`)).find((r) => r.channel === 'WEBHOOK')!;
    const before = receiver.received.length;
    receiver.answerNext(500);
    await expect(deliver.handle({ deliveryId: hookRow.id }, { jobId: 'j', attempt: 1 })).rejects.toThrow('HTTP 500');
    await deliver.handle({ deliveryId: hookRow.id }, { jobId: 'j', attempt: 2 });
    await deliver.handle({ deliveryId: hookRow.id }, { jobId: 'j', attempt: 3 });
    const calls = receiver.received.slice(before);
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => c.headers['idempotency-key'])).toEqual([hookRow.id, hookRow.id]);
    expect(calls[0].rawBody).toBe(calls[1].rawBody);
    const [row] = (await deliveries(`BUYER_INVITED:${matchId}`)).filter((r) => r.id === hookRow.id);
    expect([row.status, row.attempts]).toEqual(['SENT', 2]);
  });
});

describe('unsubscribing', () => {
  it('stops e-mail for the user behind the link and leaves the others', async () => {
    const [{ token }]: { token: string }[] = await env.ds.query(
      `SELECT unsubscribe_token AS token FROM notification_preferences WHERE user_id = $1`,
      [enUser],
    );
    const service = env.app.get(NotificationsService);
    expect(await service.isUnsubscribeToken(token)).toBe(true);
    expect(await service.isUnsubscribeToken('0'.repeat(64))).toBe(false);
    expect(await service.unsubscribe(token)).toBe(true);
    expect(await service.unsubscribe('0'.repeat(64))).toBe(false);
    const matchId = await insertMatch(env.ds, await insertNeed(env.ds, buyerOrg, { title: 'Snöröjning' }), supplierId);
    await plan.handle({ matchId, event: 'match.invited' });
    const rows = await deliveries(`BUYER_INVITED:${matchId}`);
    expect(rows.filter((r) => r.channel === 'EMAIL').map((r) => r.userId)).toEqual([svUser]);
    expect(
      (
        await service.preferences({
          userId: enUser,
          organizationId: supplierOrg,
          role: 'SUPPLIER',
        })
      ).email,
    ).toBe(false);
  });
});
