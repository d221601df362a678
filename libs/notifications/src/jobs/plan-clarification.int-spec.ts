import { ClarificationService, ClarificationsModule, QuestionService } from '@navet/clarifications';
import { engagedSupplierOrganizations } from '@navet/matching';
import { OutboxModule, OutboxRelay } from '@navet/outbox';
import { JobProducer, QueueModule } from '@navet/queue';
import { ReferenceModule } from '@navet/reference';
import {
  createModuleTestEnv,
  insertActor,
  insertMatch,
  insertNeed,
  insertOrganization,
  insertSupplierProfile,
  insertUser,
  ModuleTestEnv,
} from '@navet/testing';
import type { Actor } from '@navet/identity';
import { NotificationsJobsModule } from '../notifications-jobs.module';
import { NotificationsModule } from '../notifications.module';
import { PlanClarificationHandler } from './plan-clarification.handler';
import { PlanQuestionAskedHandler } from './plan-question-asked.handler';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: ModuleTestEnv;
let buyer: Actor;
let needId: string;
const org: Record<string, string> = {};

beforeAll(async () => {
  env = await createModuleTestEnv(
    [ReferenceModule, QueueModule, OutboxModule, NotificationsModule, NotificationsJobsModule, ClarificationsModule],
    { NAVET_PUBLIC_URL: 'https://navet.test' },
    [OutboxRelay],
  );
  buyer = await insertActor(env.ds, 'BUYER', { name: 'Laddkommunen' });
  needId = await insertNeed(env.ds, buyer, { title: 'Laddplatser' });
  for (const status of ['SUGGESTED', 'INTERESTED', 'INVITED', 'CONNECTED', 'DECLINED'] as const) {
    org[status] = await insertOrganization(env.ds, { name: `${status} AB`, kind: 'SUPPLIER' });
    await insertUser(env.ds, org[status]!, { language: status === 'INVITED' ? 'en' : 'sv' });
    await insertMatch(env.ds, needId, await insertSupplierProfile(env.ds, org[status]!), { status });
  }
  // A second user: every user of an engaged organization is told.
  await insertUser(env.ds, org.CONNECTED!);
});
afterAll(() => env?.close());

const notifications = async (type: string) =>
  (await env.ds.query(
    `SELECT u.organization_id AS "organizationId", n.title FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE n.type = $1 AND n.need_id = $2 ORDER BY title`,
    [type, needId],
  )) as { organizationId: string; title: string }[];

/** An hour later: the queue no longer remembers any job id. */
const forgetJobIds = () => env.app.get(JobProducer).queue('notifications').obliterate({ force: true });

describe('engagedSupplierOrganizations', () => {
  it('is the organizations INTERESTED, INVITED or CONNECTED on the need', async () => {
    expect(await engagedSupplierOrganizations(env.ds, needId)).toEqual([org.INTERESTED, org.INVITED, org.CONNECTED].sort());
  });
});

describe('notifications.plan-clarification', () => {
  it('tells every user of every engaged organization and the asker once, even when run again an hour later', async () => {
    const askerOrg = await insertOrganization(env.ds, { name: 'Frågvisa AB', kind: 'SUPPLIER' });
    const askerUser = await insertUser(env.ds, askerOrg);
    const asker: Actor = { userId: askerUser, organizationId: askerOrg, role: 'SUPPLIER' };
    const q = await env.app.get(QuestionService).ask(asker, needId, 'Finns el?');
    const c = await env.app.get(ClarificationService).publish(buyer, {
      needId,
      question: 'Finns el?',
      answer: 'Ja.',
      questionId: q.id,
    });
    const handler = env.app.get(PlanClarificationHandler);
    await handler.handle({ clarificationId: c.id });
    await handler.handle({ clarificationId: c.id });
    await forgetJobIds();
    await handler.handle({ clarificationId: c.id });
    const told = await notifications('CLARIFICATION_PUBLISHED');
    expect(told.map((n) => n.organizationId).sort()).toEqual(
      [org.INTERESTED, org.INVITED, org.CONNECTED, org.CONNECTED, askerOrg].sort(),
    );
    expect(told.find((n) => n.organizationId === org.INVITED)!.title).toBe('Clarification: Laddplatser');
    expect(told.find((n) => n.organizationId === askerOrg)!.title).toBe('Er fråga är besvarad: Laddplatser');
    // No SUPPLIER_NOTIFIED entries: the publish itself is the ledger's record of this contact (entry 1
    // is the need's publication by the fixture's bulk writer).
    const actions: { action: string }[] = await env.ds.query(
      `SELECT action FROM ledger_entries WHERE need_id = $1 ORDER BY sequence`,
      [needId],
    );
    expect(actions.map((a) => a.action)).toEqual(['NEED_PUBLISHED', 'QUESTION_ASKED', 'CLARIFICATION_PUBLISHED']);
  });

  it('ignores ids that are not clarifications', async () => {
    const handler = env.app.get(PlanClarificationHandler);
    await expect(handler.handle({ clarificationId: 'nope' })).resolves.toBeUndefined();
    await expect(handler.handle({ clarificationId: '0b7c8f0e-1d2a-4c3b-9e8f-7a6b5c4d3e2f' })).resolves.toBeUndefined();
  });
});

describe('notifications.plan-question-asked', () => {
  it("tells the buyer organization's users in-app once", async () => {
    await insertUser(env.ds, buyer, { language: 'en' });
    const asker = await insertActor(env.ds, 'SUPPLIER');
    const q = await env.app.get(QuestionService).ask(asker, needId, 'En fråga till?');
    const handler = env.app.get(PlanQuestionAskedHandler);
    await handler.handle({ questionId: q.id });
    await handler.handle({ questionId: q.id });
    const rows: { title: string; deliveries: number }[] = await env.ds.query(
      `SELECT n.title, (SELECT count(*)::int FROM deliveries d WHERE d.notification_id = n.id) AS deliveries
         FROM notifications n WHERE n.type = 'QUESTION_ASKED' AND n.event_key = $1 ORDER BY n.title`,
      [`question:${q.id}`],
    );
    expect(rows).toEqual([
      { title: 'New question: Laddplatser', deliveries: 0 },
      { title: 'Ny fråga: Laddplatser', deliveries: 0 },
    ]);
  });
});
