import { Actor } from '@navet/identity';
import { OutboxRelay } from '@navet/outbox';
import { JobProducer } from '@navet/queue';
import { NotificationsService } from '../services/notifications.service';
import {
  insertMatch,
  insertNeed,
  insertOrganization,
  insertSupplierProfile,
  insertUser,
  MailCapture,
  WebhookReceiver,
} from '@navet/testing';
import { NotificationsTestEnv, startNotificationsTestEnv } from '../test-support/notifications-test-env';
import { DailyDigestHandler } from './daily-digest.handler';
import { DeliverHandler } from './deliver.handler';
import { DELIVERY_MAX_ATTEMPTS } from './delivery-attempts';
import { PlanMatchEventHandler } from './plan-match-event.handler';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

const smtp = new MailCapture();
const receiver = new WebhookReceiver();
let env: NotificationsTestEnv;
let plan: PlanMatchEventHandler;
let deliver: DeliverHandler;
let service: NotificationsService;
let buyerOrg: string;
let supplierOrg: string;
let supplierUser: string;
let supplierId: string;
let actor: Actor;
let hookUrl: string;

const pendingIds = async (sql: string, params: unknown[]): Promise<string[]> =>
  ((await env.ds.query(sql, params)) as { id: string }[]).map((r) => r.id);

beforeAll(async () => {
  const smtpUrl = await smtp.start();
  hookUrl = await receiver.start();
  env = await startNotificationsTestEnv({
    SMTP_URL: smtpUrl,
    WEBHOOK_MAX_FAILURES: '2',
  });
  plan = env.app.get(PlanMatchEventHandler);
  deliver = env.app.get(DeliverHandler);
  service = env.app.get(NotificationsService);
  buyerOrg = await insertOrganization(env.ds, { name: 'Region Skåne', kind: 'PUBLIC_BUYER' });
  supplierOrg = await insertOrganization(env.ds, { name: 'Bussbolaget AB', kind: 'SUPPLIER' });
  supplierUser = await insertUser(env.ds, supplierOrg, { email: 'eva@bussbolaget.se' });
  supplierId = await insertSupplierProfile(env.ds, supplierOrg);
  actor = {
    userId: supplierUser,
    organizationId: supplierOrg,
    role: 'SUPPLIER',
  };
});

afterAll(async () => {
  await env?.close();
  await smtp.stop();
  await receiver.stop();
});

describe('daily match cap and digest', () => {
  it('sends matches up to the cap at once and the rest in one digest e-mail', async () => {
    await service.updatePreferences(actor, { dailyMatchCap: 2 });
    const titles = ['Elbussar för landsbygden', 'Laddning i depå', 'Biogasbussar'];
    for (const title of titles)
      await plan.handle({
        matchId: await insertMatch(env.ds, await insertNeed(env.ds, buyerOrg, { title }), supplierId),
        event: 'match.suggested',
      });

    const immediate = await pendingIds(
      `SELECT id FROM deliveries WHERE user_id = $1 AND channel = 'EMAIL' AND status = 'PENDING'`,
      [supplierUser],
    );
    expect(immediate).toHaveLength(2);
    for (const id of immediate) await deliver.handle({ deliveryId: id }, { jobId: 'j', attempt: 1 });
    expect((await service.list(actor, true, 50)).map((n) => n.title).sort()).toEqual(
      titles.map((t) => `Nytt matchande behov: ${t}`).sort(),
    );

    const digest = env.app.get(DailyDigestHandler);
    await digest.handle({ day: '2026-11-21' });
    await digest.handle({ day: '2026-11-21' });
    const digests = await pendingIds(`SELECT id FROM deliveries WHERE delivery_key LIKE 'digest:%'`, []);
    expect(digests).toHaveLength(1);
    await deliver.handle({ deliveryId: digests[0] }, { jobId: 'j', attempt: 1 });
    await deliver.handle({ deliveryId: digests[0] }, { jobId: 'j', attempt: 1 });

    expect(smtp.mails).toHaveLength(3);
    const mail = smtp.mails[2];
    expect(mail.headers).toContain('Subject: =?UTF-8?'); // Swedish subject, encoded
    expect(mail.text).toContain('Din sammanfattning från Navet: 1 ny matchning');
    expect(mail.text).toContain('Nytt matchande behov: Biogasbussar');
    expect(mail.text).not.toContain('Elbussar för landsbygden');
    expect(mail.html).toContain('Biogasbussar');
    expect(mail.text).toContain('https://navet.test/notifications/unsubscribe?token=');
  });
});

describe('a webhook that keeps failing', () => {
  it('is disabled after the configured number of finally failed deliveries, and the users are told in the app', async () => {
    await service.updatePreferences(actor, { webhookUrl: hookUrl });
    const hookDeliveries: string[] = [];
    for (const title of ['Skolskjuts', 'Färdtjänst']) {
      const matchId = await insertMatch(env.ds, await insertNeed(env.ds, buyerOrg, { title }), supplierId);
      await plan.handle({ matchId, event: 'match.invited' });
      hookDeliveries.push(
        ...(await pendingIds(`SELECT id FROM deliveries WHERE event_key = $1 AND channel = 'WEBHOOK'`, [
          `BUYER_INVITED:${matchId}`,
        ])),
      );
    }
    expect(hookDeliveries).toHaveLength(2);
    receiver.answerNext(500, 500, 500);
    await expect(deliver.handle({ deliveryId: hookDeliveries[0] }, { jobId: 'j', attempt: 1 })).rejects.toThrow('HTTP 500');
    expect((await service.preferences(actor)).webhookUrl).toBe(hookUrl); // a retryable failure does not count yet
    await expect(
      deliver.handle({ deliveryId: hookDeliveries[0] }, { jobId: 'j', attempt: DELIVERY_MAX_ATTEMPTS }),
    ).rejects.toThrow('HTTP 500');
    await expect(
      deliver.handle({ deliveryId: hookDeliveries[1] }, { jobId: 'j', attempt: DELIVERY_MAX_ATTEMPTS }),
    ).rejects.toThrow('HTTP 500');

    const [hook]: { failures: number; disabled: boolean }[] = await env.ds.query(
      `SELECT consecutive_failures AS failures, disabled_at IS NOT NULL AS disabled FROM organization_webhooks WHERE organization_id = $1`,
      [supplierOrg],
    );
    expect(hook).toEqual({ failures: 2, disabled: true });
    const statuses: { status: string }[] = await env.ds.query(`SELECT status FROM deliveries WHERE id = ANY($1::uuid[])`, [
      hookDeliveries,
    ]);
    expect(statuses.map((s) => s.status)).toEqual(['FAILED', 'FAILED']);
    const [latest] = await service.list(actor, true, 1);
    expect([latest.type, latest.title]).toEqual(['WEBHOOK_DISABLED', 'Webhook avstängd']);

    const matchId = await insertMatch(env.ds, await insertNeed(env.ds, buyerOrg, { title: 'Sjukresor' }), supplierId);
    await plan.handle({ matchId, event: 'match.invited' });
    expect(
      await pendingIds(`SELECT id FROM deliveries WHERE event_key = $1 AND channel = 'WEBHOOK'`, [`BUYER_INVITED:${matchId}`]),
    ).toEqual([]);
  });

  it('is enabled again, with its failures forgotten, when the URL is saved again', async () => {
    await service.updatePreferences(actor, { webhookUrl: hookUrl });
    const [hook]: { failures: number; disabled: boolean }[] = await env.ds.query(
      `SELECT consecutive_failures AS failures, disabled_at IS NOT NULL AS disabled FROM organization_webhooks WHERE organization_id = $1`,
      [supplierOrg],
    );
    expect(hook).toEqual({ failures: 0, disabled: false });
  });
});

describe('the daily sweep', () => {
  it('queues deliveries again whose job was lost after the relay published it', async () => {
    const matchId = await insertMatch(env.ds, await insertNeed(env.ds, buyerOrg, { title: 'Pendelparkering' }), supplierId);
    await plan.handle({ matchId, event: 'match.connected' });
    const [id] = await pendingIds(`SELECT id FROM deliveries WHERE event_key = $1 AND channel = 'EMAIL'`, [
      `CONNECTED:${matchId}`,
    ]);
    const relay = env.app.get(OutboxRelay);
    const queue = env.app.get(JobProducer).queue('notifications');
    const deliveryJobs = async () =>
      (await queue.getJobs(['waiting', 'prioritized'])).filter((j) => (j.data as { deliveryId?: string }).deliveryId === id);
    await relay.drain();
    const [lost] = await deliveryJobs();
    await queue.remove(lost!.id!);
    await env.ds.query(`UPDATE deliveries SET created_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    await env.app.get(DailyDigestHandler).handle({ day: '2026-11-22' });
    await relay.drain();
    expect(await deliveryJobs()).toHaveLength(1);
  });
});
