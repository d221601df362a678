import { Actor } from '@navet/identity';
import { insertMatch, insertNeed, insertOrganization, insertSupplierProfile, insertUser, MailCapture } from '@navet/testing';
import { NotificationsService } from '../services/notifications.service';
import { NotificationsTestEnv, startNotificationsTestEnv } from '../test-support/notifications-test-env';
import { DailyDigestHandler } from './daily-digest.handler';
import { DeliverHandler } from './deliver.handler';
import { PlanMatchEventHandler } from './plan-match-event.handler';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

const smtp = new MailCapture();
let env: NotificationsTestEnv;

beforeAll(async () => {
  env = await startNotificationsTestEnv({ SMTP_URL: await smtp.start() });
});

afterAll(async () => {
  await env?.close();
  await smtp.stop();
});

describe('the daily digest', () => {
  it("lists the held-back matches best first, wholly in the English reader's language for Swedish needs", async () => {
    const buyerOrg = await insertOrganization(env.ds, { name: 'Region Skåne', kind: 'PUBLIC_BUYER' });
    const supplierOrg = await insertOrganization(env.ds, { name: 'Bussbolaget AB', kind: 'SUPPLIER' });
    const userId = await insertUser(env.ds, supplierOrg, { email: 'sam@bussbolaget.se', language: 'en' });
    const supplierId = await insertSupplierProfile(env.ds, supplierOrg);
    const actor: Actor = { userId, organizationId: supplierOrg, role: 'SUPPLIER' };
    await env.app.get(NotificationsService).updatePreferences(actor, { dailyMatchCap: 0 });

    // Arrival order is not score order: the digest must not list them first-come.
    const arriving: [string, number][] = [
      ['Behov A', 0.5],
      ['Behov B', 0.93],
      ['Behov C', 0.41],
      ['Behov D', 0.7],
      ['Behov E', 0.6],
    ];
    const plan = env.app.get(PlanMatchEventHandler);
    for (const [title, score] of arriving) {
      const needId = await insertNeed(env.ds, buyerOrg, { title }); // Swedish, the fixture's default;
      await plan.handle({ matchId: await insertMatch(env.ds, needId, supplierId, { score }), event: 'match.suggested' });
    }
    const immediate = (await env.ds.query(`SELECT id FROM deliveries WHERE user_id = $1 AND delivery_key NOT LIKE 'digest:%'`, [
      userId,
    ])) as unknown[];
    expect(immediate).toHaveLength(0);

    await env.app.get(DailyDigestHandler).handle({ day: '2026-12-02' });
    const [digest] = (await env.ds.query(`SELECT id FROM deliveries WHERE delivery_key LIKE 'digest:%' AND user_id = $1`, [
      userId,
    ])) as { id: string }[];
    await env.app.get(DeliverHandler).handle({ deliveryId: digest.id }, { jobId: 'j', attempt: 1 });

    expect(smtp.mails).toHaveLength(1);
    const text = smtp.mails[0].text;
    const order = ['B', 'D', 'E', 'A', 'C'].map((l) => text.indexOf(`New matching need: Behov ${l}`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Your Navet digest: 5 new matches');
    // The matcher wrote its sentences in Swedish (the needs' language); the English reader gets none of it.
    expect(text).not.toMatch(/Stark matchning|God matchning|Möjlig matchning|samma CPV/);
  });
});
