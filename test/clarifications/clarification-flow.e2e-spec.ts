import { insertMatch } from '@navet/testing';
import {
  createAdmin,
  createTestEnv,
  login,
  MailCapture,
  register,
  Session,
  TestEnv,
  verifiedBuyer,
  WebhookReceiver,
} from '@navet/testing';
import {
  ASK,
  ClarificationView,
  DECLINE,
  EXPRESS_INTEREST,
  inbox,
  INVITE,
  MY_QUESTIONS,
  NEED_CLARIFICATIONS,
  NEED_QUESTIONS,
  newNeed,
  PREFS,
  PUBLISH_CLARIFICATION,
  QuestionView,
  withProfile,
} from './clarification-graphql';

/**
 * A supplier asks, the buyer answers once in public, and every engaged supplier (and the asker)
 * is told by one job, while nobody else learns who asked.
 */
describe('questions and clarifications: ask -> answer -> every engaged supplier told (e2e)', () => {
  const mail = new MailCapture();
  const hooks = new WebhookReceiver();
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;
  const s: Record<'interested' | 'invited' | 'connected' | 'suggested' | 'declined' | 'asker' | 'late' | 'outsider', Session> =
    {} as never;
  const profile: Record<string, string> = {};
  let needId: string;
  let question: QuestionView;
  let first: ClarificationView;

  const ASKER_NAME = 'Frågvisa Laddare AB';

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    const hookUrl = await hooks.start();
    env = await createTestEnv({ SMTP_URL: smtpUrl });
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Laddkommunen');
    const names = {
      interested: 'Intresserad Laddning AB',
      invited: 'Inbjuden Laddning AB',
      connected: 'Kopplad Laddning AB',
      suggested: 'Föreslagen Laddning AB',
      declined: 'Avböjd Laddning AB',
      asker: ASKER_NAME,
      late: 'Senkommen Laddning AB',
      outsider: 'Utomstående Laddning AB',
    } as const;
    for (const [key, name] of Object.entries(names) as [keyof typeof s, string][]) {
      s[key] = await register(env, 'SUPPLIER', name);
      profile[key] = await withProfile(env, s[key]);
    }
    // Every engaged supplier has a webhook, so the test can read what each organization's receiver got.
    for (const key of ['interested', 'invited', 'connected', 'asker'] as const) {
      await env.gql.ok(PREFS, { input: { webhookUrl: hookUrl } }, s[key].token);
    }
    await env.drain();

    needId = await newNeed(env, buyer, {
      title: 'Laddplatser vid hemtjänstens baser',
      dialogueDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    await env.drain();
    await env.gql.ok(EXPRESS_INTEREST, { needId }, s.interested.token);
    await env.gql.ok(INVITE, { needId, supplierId: profile.invited }, buyer.token);
    await env.gql.ok(EXPRESS_INTEREST, { needId }, s.connected.token);
    await env.gql.ok(INVITE, { needId, supplierId: profile.connected }, buyer.token);
    const declined = (await env.gql.ok<{ expressInterest: { id: string } }>(EXPRESS_INTEREST, { needId }, s.declined.token))
      .expressInterest;
    await env.gql.ok(DECLINE, { matchId: declined.id }, buyer.token);
    // The matcher may or may not have suggested the profile; either way it ends SUGGESTED, nothing more.
    const [existing] = await env.ds.query(`SELECT id FROM matches WHERE need_id = $1 AND supplier_id = $2`, [
      needId,
      profile.suggested,
    ]);
    if (!existing) await insertMatch(env.ds, needId, profile.suggested!, { status: 'SUGGESTED' });
    await env.drain();
  });
  afterAll(async () => {
    await env?.close();
    await Promise.all([mail.stop(), hooks.stop()]);
  });

  const statuses = async () =>
    new Map(
      (await env.ds.query(`SELECT supplier_id AS "supplierId", status FROM matches WHERE need_id = $1`, [needId])).map(
        (r: { supplierId: string; status: string }) => [r.supplierId, r.status],
      ),
    );
  const clarificationsOf = async (who: Session | null) =>
    (await env.gql.ok<{ need: { clarifications: ClarificationView[] } }>(NEED_CLARIFICATIONS, { id: needId }, who?.token)).need
      .clarifications;
  const told = async (who: Session, clarificationNeed = needId) =>
    (await inbox(env, who)).filter((n) => n.type === 'CLARIFICATION_PUBLISHED' && n.needId === clarificationNeed);

  it('sets up engagement as the test means it', async () => {
    const st = await statuses();
    expect(st.get(profile.interested!)).toBe('INTERESTED');
    expect(st.get(profile.invited!)).toBe('INVITED');
    expect(st.get(profile.connected!)).toBe('CONNECTED');
    expect(st.get(profile.declined!)).toBe('DECLINED');
    expect(st.get(profile.suggested!)).toBe('SUGGESTED');
    expect(['SUGGESTED', undefined]).toContain(st.get(profile.asker!));
  });

  it('stores a supplier question as OPEN, seen by the asker and the buyer with who asked, and tells the buyer in-app', async () => {
    question = (
      await env.gql.ok<{ askQuestion: QuestionView }>(
        ASK,
        { needId, question: 'Vi på Frågvisa undrar: finns det el framdragen till baserna?' },
        s.asker.token,
      )
    ).askQuestion;
    expect(question).toMatchObject({ status: 'OPEN', need: { id: needId }, clarification: null });
    expect(question.askedBy).toEqual({ id: s.asker.organizationId, name: ASKER_NAME });
    const mine = (await env.gql.ok<{ myQuestions: QuestionView[] }>(MY_QUESTIONS, { needId }, s.asker.token)).myQuestions;
    expect(mine.map((q) => q.id)).toEqual([question.id]);
    expect((await env.gql.ok<{ myQuestions: QuestionView[] }>(MY_QUESTIONS, {}, s.interested.token)).myQuestions).toEqual([]);
    const forBuyer = (await env.gql.ok<{ needQuestions: QuestionView[] }>(NEED_QUESTIONS, { needId }, buyer.token)).needQuestions;
    expect(forBuyer).toEqual([
      expect.objectContaining({ id: question.id, askedBy: { id: s.asker.organizationId, name: ASKER_NAME } }),
    ]);
    const forAdmin = (await env.gql.ok<{ needQuestions: QuestionView[] }>(NEED_QUESTIONS, { needId }, admin.token)).needQuestions;
    expect(forAdmin[0]!.askedBy?.id).toBe(s.asker.organizationId);
    await env.drain();
    const buyerInbox = (await inbox(env, buyer)).filter((n) => n.type === 'QUESTION_ASKED' && n.needId === needId);
    expect(buyerInbox).toHaveLength(1);
    expect(buyerInbox[0]!.body).not.toContain('Frågvisa');
  });

  it('answers the question publicly, marks it ANSWERED and links the clarification', async () => {
    first = (
      await env.gql.ok<{ publishClarification: ClarificationView }>(
        PUBLISH_CLARIFICATION,
        {
          needId,
          questionId: question.id,
          question: 'Finns det el framdragen till hemtjänstens baser?',
          answer: 'Ja, alla fyra baser har 3x63 A. Ritningar finns i bilagan.',
        },
        buyer.token,
      )
    ).publishClarification;
    expect(first).toMatchObject({ question: 'Finns det el framdragen till hemtjänstens baser?' });
    const answered = (
      await env.gql.ok<{ needQuestions: QuestionView[] }>(NEED_QUESTIONS, { needId, status: 'ANSWERED' }, buyer.token)
    ).needQuestions;
    expect(answered).toEqual([
      expect.objectContaining({ id: question.id, status: 'ANSWERED', clarification: expect.objectContaining({ id: first.id }) }),
    ]);
    expect(
      (await env.gql.ok<{ needQuestions: QuestionView[] }>(NEED_QUESTIONS, { needId, status: 'OPEN' }, buyer.token))
        .needQuestions,
    ).toEqual([]);
    expect(await clarificationsOf(null)).toEqual([first]);
  });

  it('tells every INTERESTED, INVITED and CONNECTED supplier and the asker once, in-app, by e-mail and webhook', async () => {
    await env.drain();
    for (const key of ['interested', 'invited', 'connected'] as const) {
      const got = await told(s[key]);
      expect(got).toHaveLength(1);
      expect(got[0]!.title).toBe('Förtydligande: Laddplatser vid hemtjänstens baser');
      expect(got[0]!.body).toContain('3x63 A');
    }
    const askerGot = await told(s.asker);
    expect(askerGot).toHaveLength(1);
    expect(askerGot[0]!.title).toContain('Er fråga är besvarad');
    // All of them were stored by one job, in one transaction: one creation time.
    const times: { t: string }[] = await env.ds.query(
      `SELECT DISTINCT created_at::text AS t FROM notifications WHERE type = 'CLARIFICATION_PUBLISHED' AND need_id = $1`,
      [needId],
    );
    expect(times).toHaveLength(1);
    for (const key of ['interested', 'invited', 'connected', 'asker'] as const) {
      expect(mail.mails.filter((m) => m.to.includes(s[key].email) && m.text.includes('3x63 A'))).toHaveLength(1);
    }
    const clarificationHooks = hooks.received
      .map((h) => JSON.parse(h.rawBody))
      .filter((b) => b.type === 'CLARIFICATION_PUBLISHED');
    expect(clarificationHooks).toHaveLength(4);
    expect(clarificationHooks.every((b) => b.needId === needId && b.data.clarificationId === first.id)).toBe(true);
    // A second drain sends nothing again.
    await env.drain();
    expect(await told(s.interested)).toHaveLength(1);
  });

  it('tells nobody whose match is only SUGGESTED or DECLINED, nor outsiders or the buyer', async () => {
    for (const who of [s.suggested, s.declined, s.outsider, s.late, buyer]) expect(await told(who)).toEqual([]);
  });

  it('never shows other suppliers who asked: not in notifications, e-mails or webhooks', async () => {
    const askerMarks = [ASKER_NAME, 'Frågvisa', s.asker.organizationId, s.asker.userId, s.asker.email];
    for (const key of ['interested', 'invited', 'connected'] as const) {
      for (const n of await told(s[key])) for (const mark of askerMarks) expect(`${n.title} ${n.body}`).not.toContain(mark);
      for (const m of mail.mails.filter((x) => x.to.includes(s[key].email)))
        for (const mark of askerMarks) expect(`${m.headers} ${m.text} ${m.html}`).not.toContain(mark);
    }
    const othersHooks = hooks.received.filter((h) => {
      const b = JSON.parse(h.rawBody);
      return b.type === 'CLARIFICATION_PUBLISHED' && b.data.answersOwnQuestion === false;
    });
    expect(othersHooks).toHaveLength(3);
    for (const h of othersHooks) for (const mark of askerMarks) expect(h.rawBody).not.toContain(mark);
    // Nor the public clarification, nor a question seen by someone who did not ask it.
    expect(JSON.stringify(await clarificationsOf(s.interested))).not.toContain('Frågvisa');
  });

  it('records the question and the clarification in the ledger, without their text', async () => {
    const entries: { action: string; actor: string; summary: string }[] = await env.ds.query(
      `SELECT action, actor_organization_id AS actor, summary FROM ledger_entries WHERE need_id = $1 ORDER BY sequence`,
      [needId],
    );
    const asked = entries.filter((e) => e.action === 'QUESTION_ASKED');
    const published = entries.filter((e) => e.action === 'CLARIFICATION_PUBLISHED');
    expect(asked).toEqual([expect.objectContaining({ actor: s.asker.organizationId })]);
    expect(published).toEqual([expect.objectContaining({ actor: buyer.organizationId })]);
    for (const e of [...asked, ...published]) expect(e.summary).not.toMatch(/el framdragen|3x63|Frågvisa/);
  });

  it('shows a later-engaging supplier every earlier clarification, oldest first, and tells it of the next one', async () => {
    await env.gql.ok(EXPRESS_INTEREST, { needId }, s.late.token);
    const second = (
      await env.gql.ok<{ publishClarification: ClarificationView }>(
        PUBLISH_CLARIFICATION,
        { needId, question: 'Hur många laddpunkter per bas?', answer: 'Minst tolv per bas.' },
        buyer.token,
      )
    ).publishClarification;
    expect(await clarificationsOf(s.late)).toEqual([first, second]);
    await env.drain();
    const lateGot = await told(s.late);
    expect(lateGot).toHaveLength(1);
    expect(lateGot[0]!.body).toContain('Minst tolv');
    // The asker is not engaged: a clarification nobody asked for is not its business.
    expect((await told(s.asker)).map((n) => n.body).some((b) => b.includes('Minst tolv'))).toBe(false);
    expect(await told(s.interested)).toHaveLength(2);
  });
});
