import { createHmac } from 'node:crypto';
import {
  createAdmin,
  createTestEnv,
  login,
  MailCapture,
  register,
  sampleNeed,
  sampleProfile,
  Session,
  TestEnv,
  verifiedBuyer,
  WebhookReceiver,
} from '@navet/testing';
import {
  CLOSE,
  CREATE_NEED,
  DECLINE,
  EXPRESS_INTEREST,
  INVITE,
  MARK_READ,
  MATCHES_FOR_NEED,
  MatchView,
  MY_MATCHES,
  NOTIFICATIONS,
  NotificationView,
  PREFS,
  PUBLISH,
  RATE,
  ROTATE,
  UPSERT_PROFILE,
} from './match-graphql';

describe('publish -> explained suggestions -> notifications -> interest + invitation -> CONNECTED (e2e)', () => {
  const mail = new MailCapture();
  const hooks = new WebhookReceiver();
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;
  let supplier: Session;
  let supplierId: string;
  let hookUrl: string;
  let secret: string;

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    hookUrl = await hooks.start();
    env = await createTestEnv({ SMTP_URL: smtpUrl });
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Laddkommunen');
    supplier = await register(env, 'SUPPLIER', 'Laddbolaget AB');
    supplierId = (
      await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(UPSERT_PROFILE, { input: sampleProfile() }, supplier.token)
    ).upsertSupplierProfile.id;
    await env.gql.ok(PREFS, { input: { webhookUrl: hookUrl } }, supplier.token);
    secret = (await env.gql.ok<{ rotateWebhookSecret: string }>(ROTATE, {}, supplier.token)).rotateWebhookSecret;
    await env.drain();
  });
  afterAll(async () => {
    await env?.close();
    await Promise.all([mail.stop(), hooks.stop()]);
  });

  const publishNeed = async (over: Record<string, unknown> = {}) => {
    const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed(over) }, buyer.token))
      .createNeed.id;
    await env.gql.ok(PUBLISH, { id }, buyer.token);
    await env.drain();
    return id;
  };
  const matchesFor = async (needId: string) =>
    (await env.gql.ok<{ matchesForNeed: MatchView[] }>(MATCHES_FOR_NEED, { needId }, buyer.token)).matchesForNeed;
  const inbox = async (who: Session) =>
    (await env.gql.ok<{ notifications: NotificationView[] }>(NOTIFICATIONS, {}, who.token)).notifications;

  it('suggests the fitting supplier with an explained score whose contributions add up', async () => {
    const needId = await publishNeed();
    const [match] = await matchesFor(needId);
    expect(match).toBeDefined();
    expect(match!.supplier.id).toBe(supplierId);
    expect(match!).toMatchObject({ status: 'SUGGESTED', criteriaVersion: 1, supplierInterested: false, buyerInvited: false });
    expect(match!.score).toBeGreaterThan(0);
    expect(match!.score).toBeLessThanOrEqual(1);
    expect(match!.components.map((c) => c.signal)).toEqual(['TEXT', 'CPV', 'REGION', 'FOCUS_AREA', 'READINESS', 'FEEDBACK']);
    const sum = match!.components.reduce((s, c) => s + c.contribution, 0);
    expect(sum).toBeCloseTo(match!.score, 4);
    expect(match!.components.find((c) => c.signal === 'CPV')!.value).toBe(1);
    expect(match!.explanation.length).toBeGreaterThan(10);
    expect(match!.supplier.contactEmail).toBeNull();
  });

  it('notifies the supplier in-app, by e-mail with an unsubscribe link, and by a signed webhook, once each', async () => {
    const needId = await publishNeed({ title: 'Publika laddplatser vid äldreboenden' });
    const [match] = await matchesFor(needId);
    const newMatch = (await inbox(supplier)).filter((n) => n.type === 'NEW_MATCH' && n.matchId === match!.id);
    expect(newMatch).toHaveLength(1);
    const mails = mail.mails.filter((m) => m.to.includes(supplier.email) && m.text.includes('Publika laddplatser'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.html).toContain('Publika laddplatser');
    expect(mails[0]!.text).toMatch(/\/notifications\/unsubscribe\?token=/);
    // Each channel opens the supplier's screen of the match (libs/notifications notification-links.ts).
    const screen = `${env.config.app.publicUrl.replace(/\/+$/, '')}/supplier/matches/${match!.id}`;
    expect(mails[0]!.text).toContain(`Öppna Navet: ${screen}`);
    expect(mails[0]!.html).toContain(`href="${screen}"`);
    expect(newMatch[0]!.link).toBe(`/supplier/matches/${match!.id}`);
    const hook = hooks.received.filter((h) => JSON.parse(h.rawBody).matchId === match!.id);
    expect(hook).toHaveLength(1);
    expect((JSON.parse(hook[0]!.rawBody) as { url: string }).url).toBe(screen);
    const expected = `sha256=${createHmac('sha256', secret).update(hook[0]!.rawBody).digest('hex')}`;
    expect(hook[0]!.headers['x-navet-signature']).toBe(expected);
    expect(hook[0]!.headers['idempotency-key']).toEqual(expect.any(String));
    // A second full drain delivers nothing new.
    await env.drain();
    expect(mail.mails.filter((m) => m.to.includes(supplier.email) && m.text.includes('Publika laddplatser'))).toHaveLength(1);
  });

  it('connects interest and invitation, notifies both sides and reveals contacts to each other', async () => {
    const needId = await publishNeed({ title: 'Laddning för kommunens bilpool' });
    const interested = (
      await env.gql.ok<{ expressInterest: MatchView }>(EXPRESS_INTEREST, { needId, message: 'Vi kan hjälpa' }, supplier.token)
    ).expressInterest;
    expect(interested).toMatchObject({ status: 'INTERESTED', supplierInterested: true, buyerContactEmail: null });
    await env.drain();
    expect((await inbox(buyer)).find((n) => n.type === 'SUPPLIER_INTERESTED' && n.needId === needId)?.link).toBe(
      `/buyer/needs/${needId}`,
    );
    const connected = (await env.gql.ok<{ inviteSupplier: MatchView }>(INVITE, { needId, supplierId }, buyer.token))
      .inviteSupplier;
    expect(connected).toMatchObject({ id: interested.id, status: 'CONNECTED', buyerInvited: true });
    expect(connected.supplier.contactEmail).toBe('kontakt@laddbolaget.example');
    await env.drain();
    expect((await inbox(buyer)).find((n) => n.type === 'CONNECTED' && n.matchId === connected.id)?.link).toBe(
      `/buyer/needs/${needId}`,
    );
    expect((await inbox(supplier)).find((n) => n.type === 'CONNECTED' && n.matchId === connected.id)?.link).toBe(
      `/supplier/matches/${connected.id}`,
    );
    const seenBySupplier = (await env.gql.ok<{ myMatches: MatchView[] }>(MY_MATCHES, { status: ['CONNECTED'] }, supplier.token))
      .myMatches;
    expect(seenBySupplier.find((m) => m.id === connected.id)?.buyerContactEmail).toBe(buyer.email);
  });

  it('creates a match from a buyer invitation found by search, and lets either side decline or rate it', async () => {
    const needId = await publishNeed({ title: 'Energilager för skolor', cpvCodes: ['31400000-0'], focusAreas: ['ENERGY'] });
    const invited = (await env.gql.ok<{ inviteSupplier: MatchView }>(INVITE, { needId, supplierId }, buyer.token)).inviteSupplier;
    expect(invited).toMatchObject({ status: 'INVITED', buyerInvited: true });
    expect(invited.components).toHaveLength(6);
    expect(
      (await env.gql.ok<{ rateMatch: { status: string } }>(RATE, { matchId: invited.id, relevant: false }, supplier.token))
        .rateMatch.status,
    ).toBe('INVITED');
    const declined = (
      await env.gql.ok<{ declineMatch: { status: string } }>(
        DECLINE,
        { matchId: invited.id, reason: 'Inte vårt område' },
        supplier.token,
      )
    ).declineMatch;
    expect(declined.status).toBe('DECLINED');
    expect((await env.gql.fails(EXPRESS_INTEREST, { needId }, supplier.token)).extensions?.code).toBe('INVALID_STATE');
  });

  it('keeps matches private to the parties and refuses interest in closed needs', async () => {
    const needId = await publishNeed({ title: 'Laddning vid idrottshallar' });
    const [match] = await matchesFor(needId);
    const outsider = await register(env, 'SUPPLIER');
    expect((await env.gql.fails(RATE, { matchId: match!.id, relevant: true }, outsider.token)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const rival = await verifiedBuyer(env, admin);
    expect((await env.gql.fails(MATCHES_FOR_NEED, { needId }, rival.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(MATCHES_FOR_NEED, { needId })).extensions?.code).toBe('UNAUTHENTICATED');
    await env.gql.ok(CLOSE, { id: needId }, buyer.token);
    expect((await env.gql.fails(EXPRESS_INTEREST, { needId }, supplier.token)).extensions?.code).toBe('INVALID_STATE');
  });

  it('marks notifications read, only the caller’s own', async () => {
    const unread = (await env.gql.ok<{ notifications: NotificationView[] }>(NOTIFICATIONS, { unreadOnly: true }, supplier.token))
      .notifications;
    expect(unread.length).toBeGreaterThan(0);
    const n = (await env.gql.ok<{ markNotificationsRead: number }>(MARK_READ, { ids: unread.map((x) => x.id) }, buyer.token))
      .markNotificationsRead;
    expect(n).toBe(0);
    const mine = (
      await env.gql.ok<{ markNotificationsRead: number }>(MARK_READ, { ids: unread.map((x) => x.id) }, supplier.token)
    ).markNotificationsRead;
    expect(mine).toBe(unread.length);
    expect(
      (await env.gql.ok<{ notifications: NotificationView[] }>(NOTIFICATIONS, { unreadOnly: true }, supplier.token))
        .notifications,
    ).toHaveLength(0);
  });
});
