import { hashPassword, insertUsers } from '@navet/identity';
import { newId } from '@navet/core';
import { OrganizationRemovalService, ORGANIZATION_REMOVAL_GRACE_DAYS } from '@navet/privacy';
import { JobProducer } from '@navet/queue';
import { MeiliClient } from '@navet/search';
import {
  createAdmin,
  createTestEnv,
  login,
  MailCapture,
  sampleNeed,
  sampleProfile,
  Session,
  TestEnv,
  verifiedBuyer,
  WebhookReceiver,
} from '@navet/testing';
import {
  CREATE_NEED,
  EXPRESS_INTEREST,
  INVITE,
  MATCHES_FOR_NEED,
  MatchView,
  PREFS,
  PUBLISH,
  RATE,
  ROTATE,
  UPSERT_PROFILE,
} from '../matching/match-graphql';
import { ASK } from '../clarifications/clarification-graphql';
import { DIALOGUES, SEND } from '../dialogue/dialogue-graphql';
import { SEARCH_SUPPLIERS, SupplierSearch, supplierIds } from '../search/search-fixtures';
import {
  ERASE,
  EXPORT,
  ME,
  Person,
  registerPerson,
  SAVE_SEARCH,
  tablesMentioning,
  unique,
  VERIFY_LEDGER,
} from './privacy-support';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * GDPR (issue 11 §4): exportMyData and eraseMyAccount against the real API, worker, PostgreSQL,
 * Meilisearch, SMTP and webhook receivers. Supplier organization "Raderbolaget" has two people: Alice
 * erases first (Bob stays), then Bob, its last user. "Tystbolaget" has one person, Carol, with only
 * a (rated) suggestion. The buyer's organization is the other party throughout.
 */
describe('exportMyData and eraseMyAccount (e2e)', () => {
  const mail = new MailCapture();
  const hooks = new WebhookReceiver();
  const QUESTION = `Hur många laddpunkter behövs per bas? ${unique()}`;
  const MESSAGE = `Vi föreslår ett studiebesök hos oss i Umeå ${unique()}`;
  const SEARCH_NAME = `Mina laddsökningar ${unique()}`;
  let env: TestEnv;
  let buyer: Session;
  let alice: Person;
  let bob: Person;
  let carol: Person;
  let webhookSecret: string;
  let raderProfileId: string;
  let tystProfileId: string;
  let connectedNeedId: string;
  let openNeedId: string;

  const gqlExport = async (who: Session) =>
    JSON.parse((await env.gql.ok<{ exportMyData: string }>(EXPORT, {}, who.token)).exportMyData);
  const matchesFor = async (needId: string) =>
    (await env.gql.ok<{ matchesForNeed: MatchView[] }>(MATCHES_FOR_NEED, { needId }, buyer.token)).matchesForNeed;
  const statusesOf = async (supplierId: string): Promise<string[]> =>
    (await env.ds.query(`SELECT status FROM matches WHERE supplier_id = $1 ORDER BY status`, [supplierId])).map(
      (r: { status: string }) => r.status,
    );
  const countRows = async (sql: string, params: unknown[]): Promise<number> => (await env.ds.query(sql, params))[0].n;
  const indexedText = async (): Promise<string> => {
    const meili = env.worker.get(MeiliClient);
    const docs = await Promise.all(
      [meili.suppliersIndexUid, meili.needsIndexUid].map((uid) => meili.client.index(uid).getDocuments({ limit: 10_000 })),
    );
    return JSON.stringify(docs.map((d) => d.results));
  };
  const publish = async (title: string) => {
    const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed({ title }) }, buyer.token))
      .createNeed.id;
    await env.gql.ok(PUBLISH, { id }, buyer.token);
    return id;
  };
  const failedJobs = async (): Promise<number> =>
    (
      await Promise.all(
        env.worker
          .get(JobProducer)
          .allQueues()
          .map(async (q) => (await q.getJobCounts('failed')).failed ?? 0),
      )
    ).reduce((a, b) => a + b, 0);
  const mailsTo = (email: string) => mail.mails.filter((m) => m.to.includes(email)).length;
  const searchSuppliers = async (query: string) =>
    supplierIds(
      (await env.gql.ok<{ searchSuppliers: SupplierSearch }>(SEARCH_SUPPLIERS, { query }, buyer.token)).searchSuppliers,
    );

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    const hookUrl = await hooks.start();
    // A low per-account limit, so the test sees a wrong erasure password count toward it.
    env = await createTestEnv({ SMTP_URL: smtpUrl, NAVET_MATCH_EMAIL_HOLD_MS: '0', LOGIN_FREE_FAILURES_PER_ACCOUNT_IP: '3' });
    const creds = await createAdmin(env);
    const admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Raderkommunen');

    alice = await registerPerson(env, 'SUPPLIER', 'Raderbolaget AB', 'Alice');
    const bobTag = unique();
    bob = { ...alice, name: `Bob Integritetsson ${bobTag}`, email: `bob-${bobTag}@privacy.example`, userId: newId() };
    await insertUsers(env.ds, [
      {
        id: bob.userId,
        organizationId: alice.organizationId,
        email: bob.email,
        name: bob.name,
        role: 'SUPPLIER',
        passwordHash: await hashPassword(bob.password),
        preferredLanguage: 'sv',
      },
    ]);
    bob = { ...bob, token: (await login(env, bob.email, bob.password)).token };
    raderProfileId = (
      await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(
        UPSERT_PROFILE,
        { input: sampleProfile({ headline: 'Raderbolagets laddning för hemtjänst', contactEmail: alice.email }) },
        alice.token,
      )
    ).upsertSupplierProfile.id;
    await env.gql.ok(PREFS, { input: { webhookUrl: hookUrl } }, alice.token);
    webhookSecret = (await env.gql.ok<{ rotateWebhookSecret: string }>(ROTATE, {}, alice.token)).rotateWebhookSecret;

    carol = await registerPerson(env, 'SUPPLIER', 'Tystbolaget AB', 'Carol');
    tystProfileId = (
      await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(
        UPSERT_PROFILE,
        { input: sampleProfile({ headline: 'Tystbolagets laddboxar för kommuner', contactEmail: carol.email }) },
        carol.token,
      )
    ).upsertSupplierProfile.id;
    await env.drain();

    connectedNeedId = await publish('Laddning för hemtjänstens bilar i Umeå');
    openNeedId = await publish('Laddplatser vid kommunens äldreboenden');
    await env.drain();

    await env.gql.ok(SAVE_SEARCH, { input: { name: SEARCH_NAME, query: 'laddning', cpvPrefixes: ['3414'] } }, alice.token);
    await env.gql.ok(ASK, { needId: connectedNeedId, question: QUESTION }, alice.token);
    await env.gql.ok(EXPRESS_INTEREST, { needId: connectedNeedId, message: null }, alice.token);
    await env.gql.ok(INVITE, { needId: connectedNeedId, supplierId: raderProfileId }, buyer.token);
    await env.drain();
    const [dialogue] = (await env.gql.ok<{ dialogues: { id: string }[] }>(DIALOGUES, { needId: connectedNeedId }, buyer.token))
      .dialogues;
    await env.gql.ok(SEND, { dialogueId: dialogue!.id, body: MESSAGE }, alice.token);
    const tystMatch = (await matchesFor(openNeedId)).find((m) => m.supplier.id === tystProfileId);
    await env.gql.ok(RATE, { matchId: tystMatch!.id, relevant: true }, carol.token);
    await env.drain();
  }, 180_000);

  afterAll(async () => {
    await env?.close();
    await Promise.all([mail.stop(), hooks.stop()]);
  });

  it('exports the caller’s data as one JSON document, and nothing of anyone else', async () => {
    const raw = (await env.gql.ok<{ exportMyData: string }>(EXPORT, {}, alice.token)).exportMyData;
    const x = JSON.parse(raw);
    expect(x).toMatchObject({
      format: 'navet-personal-data',
      formatVersion: 1,
      user: { id: alice.userId, email: alice.email, name: alice.name, role: 'SUPPLIER', preferredLanguage: 'sv' },
      organization: { id: alice.organizationId, name: 'Raderbolaget AB', kind: 'SUPPLIER' },
      supplierProfile: { id: raderProfileId, contactEmail: alice.email },
      notificationPreferences: { email: true },
    });
    expect(x.questionsAsked.map((q: { question: string }) => q.question)).toEqual([QUESTION]);
    expect(x.dialogueMessagesSentByOrganization.map((m: { body: string }) => m.body)).toContain(MESSAGE);
    expect(x.savedSearches.map((s: { name: string }) => s.name)).toEqual([SEARCH_NAME]);
    expect(x.notifications.length).toBeGreaterThan(0);
    expect(x.deliveries.some((d: { channel: string }) => d.channel === 'EMAIL')).toBe(true);
    // Other people and secrets stay out.
    for (const other of [buyer.email, bob.email, bob.name, carol.email, carol.name, webhookSecret, '$argon2'])
      expect(raw).not.toContain(other);
    const [prefs] = await env.ds.query(`SELECT unsubscribe_token AS t FROM notification_preferences WHERE user_id = $1`, [
      alice.userId,
    ]);
    expect(raw).not.toContain(prefs.t);

    const carolsOwn = await gqlExport(carol);
    expect(carolsOwn.matchRatingsOfOrganization).toHaveLength(1);
    expect(JSON.stringify(carolsOwn)).not.toContain(alice.email);
    expect((await env.gql.fails(EXPORT)).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a wrong password with a field error and changes nothing', async () => {
    const before = await tablesMentioning(env.ds, alice.email);
    const err = await env.gql.fails(ERASE, { password: 'not-the-password' }, alice.token);
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await tablesMentioning(env.ds, alice.email)).toEqual(before);
    expect((await env.gql.ok<{ me: { id: string } }>(ME, {}, alice.token)).me.id).toBe(alice.userId);
  });

  it('counts wrong erasure passwords toward the login throttle of the account', async () => {
    const dave = await registerPerson(env, 'SUPPLIER', 'Spärrbolaget AB', 'Dave');
    for (let i = 0; i < 3; i++)
      expect((await env.gql.fails(ERASE, { password: `wrong-${i}-password` }, dave.token)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'password',
      });
    // Three failures reach the limit: the right password is refused now, by erasure and by sign-in alike.
    expect((await env.gql.fails(ERASE, { password: dave.password }, dave.token)).extensions).toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(
      (
        await env.gql.fails(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
          input: { email: dave.email, password: dave.password },
        })
      ).extensions,
    ).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await countRows(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [dave.userId])).toBe(1);
  });

  it('erases a user with a remaining colleague: personal rows gone, shared records unlinked, old token refused', async () => {
    // A need published just before: its matching and notification jobs run after the erasure.
    const pendingNeedId = await publish('Laddning vid hemtjänstens nya bas i Umeå');
    const mailsBefore = mailsTo(alice.email);
    expect(await env.gql.ok(ERASE, { password: alice.password }, alice.token)).toEqual({ eraseMyAccount: true });

    // Not a trace of her e-mail address or name in any table, at once.
    expect(await tablesMentioning(env.ds, alice.email)).toEqual([]);
    expect(await tablesMentioning(env.ds, alice.name)).toEqual([]);
    // Her question and message stay (the buyer's record of the procurement), without a link to her.
    expect(await env.ds.query(`SELECT asked_by_user_id AS "by" FROM questions WHERE question = $1`, [QUESTION])).toEqual([
      { by: null },
    ]);
    expect(await countRows(`SELECT count(*)::int AS n FROM dialogue_messages WHERE body = $1`, [MESSAGE])).toBe(1);
    // The profile now names the colleague and stays discoverable.
    expect(
      await env.ds.query(`SELECT contact_email AS "contactEmail", discoverable FROM supplier_profiles WHERE id = $1`, [
        raderProfileId,
      ]),
    ).toEqual([{ contactEmail: bob.email, discoverable: true }]);

    expect((await env.gql.fails(ME, {}, alice.token)).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await env.gql.fails(EXPORT, {}, alice.token)).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await env.gql.ok(VERIFY_LEDGER, { needId: connectedNeedId }, buyer.token)).toEqual({ verifyNeedLedger: true });

    await env.drain();
    // The queued work ran without failing, and told the colleague, not her.
    expect(await failedJobs()).toBe(0);
    expect(mailsTo(alice.email)).toBe(mailsBefore);
    expect(
      await countRows(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND need_id = $2`, [
        bob.userId,
        pendingNeedId,
      ]),
    ).toBeGreaterThan(0);
    const indexed = await indexedText();
    expect(indexed).not.toContain(alice.email);
    expect(indexed).not.toContain(alice.name);
    expect(await searchSuppliers('Raderbolagets laddning')).toContain(raderProfileId);
  });

  it('when the last user goes, the profile leaves search and matching at once, and the index after the drain', async () => {
    expect(new Set(await statusesOf(raderProfileId))).toEqual(new Set(['CONNECTED', 'SUGGESTED']));
    const before = Date.now();
    expect(await env.gql.ok(ERASE, { password: bob.password }, bob.token)).toEqual({ eraseMyAccount: true });

    // Before any job has run: hidden from searchSuppliers, its open suggestion withdrawn, the connection kept.
    expect(await searchSuppliers('Raderbolagets laddning')).not.toContain(raderProfileId);
    expect(new Set(await statusesOf(raderProfileId))).toEqual(new Set(['CONNECTED', 'WITHDRAWN']));
    expect((await matchesFor(openNeedId)).map((m) => m.supplier.id)).not.toContain(raderProfileId);
    const [org] = await env.ds.query(`SELECT removal_due_at AS "due" FROM organizations WHERE id = $1`, [alice.organizationId]);
    expect(new Date(org.due).getTime()).toBeGreaterThanOrEqual(before + ORGANIZATION_REMOVAL_GRACE_DAYS * DAY_MS - 1000);
    expect(await tablesMentioning(env.ds, bob.email)).toEqual([]);
    expect(
      await countRows(`SELECT count(*)::int AS n FROM organization_webhooks WHERE organization_id = $1`, [alice.organizationId]),
    ).toBe(0);

    await env.drain();
    const indexed = await indexedText();
    expect(indexed).not.toContain(raderProfileId);
    expect(indexed).not.toContain(bob.name);
    expect(await env.gql.ok(VERIFY_LEDGER, { needId: connectedNeedId }, buyer.token)).toEqual({ verifyNeedLedger: true });
  });

  it('withdraws even a rated suggestion, and removes the organization only after the grace period', async () => {
    expect(await env.gql.ok(ERASE, { password: carol.password }, carol.token)).toEqual({ eraseMyAccount: true });
    expect(new Set(await statusesOf(tystProfileId))).toEqual(new Set(['WITHDRAWN']));
    expect(await searchSuppliers('Tystbolagets laddboxar')).not.toContain(tystProfileId);
    await env.drain();

    const removal = env.worker.get(OrganizationRemovalService);
    const now = Date.now();
    expect(await removal.removeDue(new Date(now + (ORGANIZATION_REMOVAL_GRACE_DAYS - 1) * DAY_MS))).toEqual({
      removed: [],
      kept: [],
    });
    const due = await removal.removeDue(new Date(now + (ORGANIZATION_REMOVAL_GRACE_DAYS + 1) * DAY_MS));
    // Tystbolaget only had a suggestion: gone with its profile. Raderbolaget is a party to a dialogue
    // with the buyer (a public record): its row stays, its removal is no longer scheduled.
    expect(due).toEqual({ removed: [carol.organizationId], kept: [alice.organizationId] });
    expect(await countRows(`SELECT count(*)::int AS n FROM organizations WHERE id = $1`, [carol.organizationId])).toBe(0);
    expect(await countRows(`SELECT count(*)::int AS n FROM supplier_profiles WHERE id = $1`, [tystProfileId])).toBe(0);
    expect(await env.ds.query(`SELECT removal_due_at AS "due" FROM organizations WHERE id = $1`, [alice.organizationId])).toEqual(
      [{ due: null }],
    );
    await env.drain();
    expect(await env.gql.ok(VERIFY_LEDGER, { needId: openNeedId }, buyer.token)).toEqual({ verifyNeedLedger: true });
    expect(await removal.removeDue(new Date(now + 40 * DAY_MS))).toEqual({ removed: [], kept: [] });
  });
});
