import { Actor } from '@navet/identity';
import { OutboxRelay } from '@navet/outbox';
import { JobProducer } from '@navet/queue';
import { insertMatch, insertNeed, insertOrganization, insertSupplierProfile, insertUser, MailCapture } from '@navet/testing';
import { NotificationsService } from '../services/notifications.service';
import { NotificationsTestEnv, startNotificationsTestEnv } from '../test-support/notifications-test-env';
import { DailyDigestHandler } from './daily-digest.handler';
import { DeliverHandler } from './deliver.handler';
import { PlanMatchEventHandler } from './plan-match-event.handler';
import { ReleaseMatchEmailsHandler } from './release-match-emails.handler';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

const smtp = new MailCapture();
let env: NotificationsTestEnv;

beforeAll(async () => {
  env = await startNotificationsTestEnv({ SMTP_URL: await smtp.start(), NAVET_MATCH_EMAIL_HOLD_MS: '60000' });
});

afterAll(async () => {
  await env?.close();
  await smtp.stop();
});

const rows = <T>(sql: string, params: unknown[]): Promise<T[]> => env.ds.query(sql, params) as Promise<T[]>;

describe('a burst of NEW_MATCH notifications under the daily cap', () => {
  it('e-mails the 10 best-scored of 15 after the hold and leaves the other 5 to the digest, best first', async () => {
    const buyerOrg = await insertOrganization(env.ds, { name: 'Region Skåne', kind: 'PUBLIC_BUYER' });
    const supplierOrg = await insertOrganization(env.ds, { name: 'Bussbolaget AB', kind: 'SUPPLIER' });
    const userId = await insertUser(env.ds, supplierOrg, { email: 'eva@bussbolaget.se' });
    const supplierId = await insertSupplierProfile(env.ds, supplierOrg);
    const actor: Actor = { userId, organizationId: supplierOrg, role: 'SUPPLIER' };
    await env.app.get(NotificationsService).updatePreferences(actor, { dailyMatchCap: 10 });

    // Weak matches arrive first, as when `npm start` matches the world: first-come would spend the cap on them.
    const scores = [0.3, 0.31, 0.32, 0.33, 0.34, 0.35, 0.9, 0.4, 0.5, 0.93, 0.6, 0.7, 0.45, 0.8, 0.55];
    const plan = env.app.get(PlanMatchEventHandler);
    for (const [i, score] of scores.entries()) {
      const needId = await insertNeed(env.ds, buyerOrg, { title: `Behov ${String(i).padStart(2, '0')} (${score})` });
      await plan.handle({ matchId: await insertMatch(env.ds, needId, supplierId, { score }), event: 'match.suggested' });
    }
    const emails = () => rows<{ id: string }>(`SELECT id FROM deliveries WHERE user_id = $1 AND channel = 'EMAIL'`, [userId]);
    expect(await emails()).toHaveLength(0); // held

    // The whole burst shares one release job, waiting in the queue until the window ends.
    await env.app.get(OutboxRelay).drain();
    const jobs = (await env.app.get(JobProducer).queue('notifications').getJobs(['delayed', 'waiting', 'prioritized'])).filter(
      (j) => j.name === 'notifications.release-match-emails',
    );
    expect(jobs).toHaveLength(1);
    expect(await jobs[0].isDelayed()).toBe(true);
    const payload = jobs[0].data as { userId: string; window: string };
    expect(payload.userId).toBe(userId);

    const release = env.app.get(ReleaseMatchEmailsHandler);
    await release.handle(payload);
    await release.handle(payload); // a retry: nothing more
    const sent = await rows<{ title: string }>(
      `SELECT n.title FROM deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE d.user_id = $1 AND d.channel = 'EMAIL' AND d.status = 'PENDING'`,
      [userId],
    );
    const best = [...scores].sort((a, b) => b - a);
    expect(sent.map((s) => Number(/\((.*)\)/.exec(s.title)?.[1])).sort((a, b) => b - a)).toEqual(best.slice(0, 10));

    // The rest wait for the digest, ordered by score.
    await env.app.get(DailyDigestHandler).handle({ day: '2026-12-02' });
    const [digest] = await rows<{ id: string }>(`SELECT id FROM deliveries WHERE delivery_key LIKE 'digest:%' AND user_id = $1`, [
      userId,
    ]);
    await env.app.get(DeliverHandler).handle({ deliveryId: digest.id }, { jobId: 'j', attempt: 1 });
    const mail = smtp.mails.find((m) => m.text.includes('Din sammanfattning från Navet'));
    expect(mail?.text).toContain('Din sammanfattning från Navet: 5 nya matchningar');
    const listed = best.slice(10).map((s) => mail?.text.indexOf(`(${s})`) ?? -1);
    expect(listed.every((at) => at >= 0)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
    expect(await emails()).toHaveLength(11); // 10 matches + 1 digest, each once
  });

  it('counts what the cap already spent today, and sends a later burst only what is left', async () => {
    const buyerOrg = await insertOrganization(env.ds, { name: 'Kommun', kind: 'PUBLIC_BUYER' });
    const supplierOrg = await insertOrganization(env.ds, { name: 'Laddbolaget AB', kind: 'SUPPLIER' });
    const userId = await insertUser(env.ds, supplierOrg, { email: 'li@laddbolaget.se' });
    const supplierId = await insertSupplierProfile(env.ds, supplierOrg);
    await env.app
      .get(NotificationsService)
      .updatePreferences({ userId, organizationId: supplierOrg, role: 'SUPPLIER' }, { dailyMatchCap: 3 });
    const plan = env.app.get(PlanMatchEventHandler);
    const burst = async (scores: number[]): Promise<string> => {
      for (const score of scores) {
        const needId = await insertNeed(env.ds, buyerOrg, { title: `Laddning ${score}` });
        await plan.handle({ matchId: await insertMatch(env.ds, needId, supplierId, { score }), event: 'match.suggested' });
      }
      const [{ until }] = await rows<{ until: Date }>(
        `SELECT max(email_held_until) AS until FROM notifications WHERE user_id = $1 AND email_held_until IS NOT NULL`,
        [userId],
      );
      return until.toISOString();
    };
    const release = env.app.get(ReleaseMatchEmailsHandler);
    await release.handle({ userId, window: await burst([0.5, 0.6]) });
    await release.handle({ userId, window: await burst([0.9, 0.4, 0.8]) });
    const sent = await rows<{ title: string }>(
      `SELECT n.title FROM deliveries d JOIN notifications n ON n.id = d.notification_id WHERE d.user_id = $1 ORDER BY n.title`,
      [userId],
    );
    // Two from the first burst, then one left for the second: its best.
    expect(sent.map((s) => s.title)).toEqual([
      'Nytt matchande behov: Laddning 0.5',
      'Nytt matchande behov: Laddning 0.6',
      'Nytt matchande behov: Laddning 0.9',
    ]);
  });
});
