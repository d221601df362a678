import { inTransaction } from '@navet/database';
import { OutboxRelay, OutboxWriter } from '@navet/outbox';
import { JobProducer } from '@navet/queue';
import { NotificationsService } from '../services/notifications.service';
import { insertMatch, insertNeed, insertOrganization, insertSupplierProfile, insertUser, MailCapture } from '@navet/testing';
import { NotificationsTestEnv, startNotificationsTestEnv } from '../test-support/notifications-test-env';
import { DailyDigestHandler } from './daily-digest.handler';
import { DeliverHandler } from './deliver.handler';
import { PlanMatchEventHandler } from './plan-match-event.handler';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

const smtp = new MailCapture();
let env: NotificationsTestEnv;
let buyerOrg: string;
let supplierId: string;

/** What a worker would do: relay the outbox, run every queued notification job, until nothing is left. */
async function work(): Promise<void> {
  const relay = env.app.get(OutboxRelay);
  const queue = env.app.get(JobProducer).queue('notifications');
  for (;;) {
    await relay.drain();
    const jobs = await queue.getJobs(['waiting', 'prioritized', 'delayed']);
    if (jobs.length === 0) return;
    for (const job of jobs) {
      const ctx = { jobId: job.id!, attempt: 1 };
      if (job.name === 'notifications.plan-match-event') await env.app.get(PlanMatchEventHandler).handle(job.data);
      else if (job.name === 'notifications.deliver') await env.app.get(DeliverHandler).handle(job.data, ctx);
      else throw new Error(`unexpected job ${job.name}`);
      await job.remove();
    }
  }
}

/** An hour later: completed jobs are evicted, so the queue no longer knows any job id. */
const forgetJobIds = () => env.app.get(JobProducer).queue('notifications').obliterate({ force: true });

const counts = async (matchId: string) => {
  const [row]: { notifications: number; deliveries: number; created: number; sent: number }[] = await env.ds.query(
    `SELECT (SELECT count(*)::int FROM notifications WHERE match_id = $1) AS notifications,
            (SELECT count(*)::int FROM deliveries WHERE event_key LIKE '%' || $1) AS deliveries,
            (SELECT count(*)::int FROM deliveries WHERE event_key LIKE '%' || $1 AND status = 'SENT') AS sent,
            (SELECT count(*)::int FROM outbox WHERE event_type = 'delivery.created') AS created`,
    [matchId],
  );
  return { ...row!, mails: smtp.mails.length };
};

beforeAll(async () => {
  env = await startNotificationsTestEnv({ SMTP_URL: await smtp.start() });
  buyerOrg = await insertOrganization(env.ds, { name: 'Göteborgs stad', kind: 'PUBLIC_BUYER' });
  const supplierOrg = await insertOrganization(env.ds, { name: 'Cykelbolaget AB', kind: 'SUPPLIER' });
  await insertUser(env.ds, supplierOrg, { email: 'kim@cykelbolaget.se' });
  supplierId = await insertSupplierProfile(env.ds, supplierOrg);
});

afterAll(async () => {
  await env?.close();
  await smtp.stop();
});

describe('follow-up work replayed', () => {
  it('tells the supplier once about a match whose outbox row is relayed again after the queue forgot its jobs', async () => {
    const matchId = await insertMatch(
      env.ds,
      await insertNeed(env.ds, buyerOrg, { title: 'Lådcyklar för hemtjänsten' }),
      supplierId,
    );
    await inTransaction(env.ds, (em) => env.app.get(OutboxWriter).add(em, { type: 'match.suggested', payload: { matchId } }));
    await work();
    const once = await counts(matchId);
    expect(once).toMatchObject({ notifications: 1, deliveries: 1, sent: 1 });

    // Every row relayed again (a relay that crashed before its commit, a restore), an hour later.
    await forgetJobIds();
    await env.ds.query(`UPDATE outbox SET published_at = NULL`);
    await work();
    expect(await counts(matchId)).toEqual(once);
  });

  it('sends nothing twice when the planner and the delivery jobs run again an hour apart', async () => {
    const matchId = await insertMatch(
      env.ds,
      await insertNeed(env.ds, buyerOrg, { title: 'Cykelparkering vid stationer' }),
      supplierId,
    );
    const plan = env.app.get(PlanMatchEventHandler);
    await plan.handle({ matchId, event: 'match.invited' });
    await work();
    const once = await counts(matchId);
    expect(once).toMatchObject({ notifications: 1, deliveries: 1, sent: 1 });

    await forgetJobIds();
    await plan.handle({ matchId, event: 'match.invited' });
    const [delivery]: { id: string }[] = await env.ds.query(`SELECT id FROM deliveries WHERE event_key = $1`, [
      `BUYER_INVITED:${matchId}`,
    ]);
    await env.app.get(DeliverHandler).handle({ deliveryId: delivery!.id }, { jobId: 'deliver', attempt: 1 });
    await work();
    expect(await counts(matchId)).toEqual(once);
  });

  it('creates one digest per user and day when the digest job runs again after its job id was forgotten', async () => {
    const supplierOrg = await insertOrganization(env.ds, { name: 'Capbolaget AB', kind: 'SUPPLIER' });
    const userId = await insertUser(env.ds, supplierOrg, { email: 'ali@capbolaget.se' });
    // A cap of 0 sends every match to the digest.
    await env.app
      .get(NotificationsService)
      .updatePreferences({ userId, organizationId: supplierOrg, role: 'SUPPLIER' }, { dailyMatchCap: 0 });
    const matchId = await insertMatch(
      env.ds,
      await insertNeed(env.ds, buyerOrg, { title: 'Elcyklar' }),
      await insertSupplierProfile(env.ds, supplierOrg),
    );
    await env.app.get(PlanMatchEventHandler).handle({ matchId, event: 'match.suggested' });
    const digest = env.app.get(DailyDigestHandler);
    const digests = async () =>
      (await env.ds.query(`SELECT status FROM deliveries WHERE delivery_key = $1`, [`digest:${userId}:2026-11-23`])) as {
        status: string;
      }[];
    await digest.handle({ day: '2026-11-23' });
    await work();
    await forgetJobIds();
    await digest.handle({ day: '2026-11-23' });
    await work();
    expect(await digests()).toEqual([{ status: 'SENT' }]);
    expect(smtp.mails.filter((m) => m.to.includes('ali@capbolaget.se'))).toHaveLength(1);
  });
});
