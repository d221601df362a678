import { OpenForMatchHandler } from '@navet/dialogue';
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
  NOTIFICATIONS,
  NotificationView,
  PREFS,
  PUBLISH,
  UPSERT_PROFILE,
} from '../matching/match-graphql';
import {
  DIALOGUE,
  DIALOGUE_PAGE,
  DIALOGUE_UNREAD,
  DIALOGUES,
  DialogueView,
  INTEREST_WITH_MESSAGE,
  INVITE_WITH_MESSAGE,
  MATCH_MESSAGES,
  MatchMessagesView,
  MessageView,
  SEND,
} from './dialogue-graphql';

jest.setTimeout(120_000);

const INTEREST = 'Vi har byggt laddning för tre hemtjänstgrupper och vill gärna berätta mer.';
const INVITATION = 'Välkomna till en dialog, vi vill höra om era erfarenheter av lastbalansering.';

describe('dialogue between connected parties (e2e)', () => {
  const mail = new MailCapture();
  const hooks = new WebhookReceiver();
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;
  let supplier: Session;
  let otherBuyer: Session;
  let otherSupplier: Session;
  let supplierId: string;
  let hookUrl: string;

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    hookUrl = await hooks.start();
    env = await createTestEnv({ SMTP_URL: smtpUrl });
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Dialogkommunen');
    otherBuyer = await verifiedBuyer(env, admin, 'Grannkommunen');
    supplier = await register(env, 'SUPPLIER', 'Laddbolaget AB');
    otherSupplier = await register(env, 'SUPPLIER', 'Konkurrenten AB');
    supplierId = (
      await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(UPSERT_PROFILE, { input: sampleProfile() }, supplier.token)
    ).upsertSupplierProfile.id;
    await env.gql.ok(
      UPSERT_PROFILE,
      { input: sampleProfile({ contactEmail: 'info@konkurrenten.example' }) },
      otherSupplier.token,
    );
    await env.gql.ok(PREFS, { input: { webhookUrl: hookUrl } }, supplier.token);
    await env.gql.ok(PREFS, { input: { webhookUrl: hookUrl } }, buyer.token);
    await env.drain();
  });
  afterAll(async () => {
    await env?.close();
    await Promise.all([mail.stop(), hooks.stop()]);
  });

  const publishNeed = async (title: string) => {
    const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed({ title }) }, buyer.token))
      .createNeed.id;
    await env.gql.ok(PUBLISH, { id }, buyer.token);
    await env.drain();
    return id;
  };
  /** Interest with a message, then an invitation with a message: CONNECTED, through GraphQL. */
  const connect = async (title: string) => {
    const needId = await publishNeed(title);
    await env.gql.ok(INTEREST_WITH_MESSAGE, { needId, message: INTEREST }, supplier.token);
    await env.drain();
    const m = (
      await env.gql.ok<{ inviteSupplier: MatchMessagesView }>(
        INVITE_WITH_MESSAGE,
        { needId, supplierId, message: INVITATION },
        buyer.token,
      )
    ).inviteSupplier;
    expect(m.status).toBe('CONNECTED');
    await env.drain();
    return { needId, matchId: m.id };
  };
  const dialoguesOf = async (who: Session, needId?: string) =>
    (await env.gql.ok<{ dialogues: DialogueView[] }>(DIALOGUES, { needId }, who.token)).dialogues;
  const read = async (who: Session, id: string) =>
    (await env.gql.ok<{ dialogue: DialogueView | null }>(DIALOGUE, { id }, who.token)).dialogue;
  const unread = async (who: Session, id: string) =>
    (await env.gql.ok<{ dialogue: { unreadCount: number; closed: boolean } | null }>(DIALOGUE_UNREAD, { id }, who.token))
      .dialogue!;
  const send = (who: Session, dialogueId: string, body: string, extra: Record<string, unknown> = {}) =>
    env.gql.ok<{ sendDialogueMessage: MessageView }>(SEND, { dialogueId, body, ...extra }, who.token);
  const inbox = async (who: Session) =>
    (await env.gql.ok<{ notifications: NotificationView[] }>(NOTIFICATIONS, {}, who.token)).notifications;
  const counts = async (dialogueId: string, needId: string) => {
    const [m] = await env.ds.query(`SELECT count(*)::int AS n FROM dialogue_messages WHERE dialogue_id = $1`, [dialogueId]);
    const [l] = await env.ds.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE need_id = $1`, [needId]);
    return { messages: m.n as number, ledger: l.n as number };
  };
  const ledgerOf = async (needId: string): Promise<{ action: string; actor: string | null; summary: string }[]> =>
    env.ds.query(
      `SELECT action, actor_organization_id AS actor, summary FROM ledger_entries WHERE need_id = $1 ORDER BY sequence`,
      [needId],
    );

  let main: { needId: string; matchId: string; dialogueId: string };

  it("shows the interest and invitation messages on the match and in the other side's notifications", async () => {
    const { needId, matchId } = await connect('Laddning för hemtjänstens bilar');
    const seen = (await env.gql.ok<{ myMatches: MatchMessagesView[] }>(MATCH_MESSAGES, {}, supplier.token)).myMatches;
    expect(seen.find((m) => m.id === matchId)).toMatchObject({ interestMessage: INTEREST, invitationMessage: INVITATION });
    const interested = (await inbox(buyer)).find((n) => n.type === 'SUPPLIER_INTERESTED' && n.matchId === matchId);
    expect(interested?.body).toContain(INTEREST);
    const connected = (await inbox(supplier)).find((n) => n.type === 'CONNECTED' && n.matchId === matchId);
    expect(connected?.body).toContain(INVITATION);
    expect(mail.mails.some((m) => m.to.includes(buyer.email) && m.text.includes(INTEREST))).toBe(true);
    // Webhooks never carry the other side's free text.
    const matchHooks = hooks.received.filter((h) => JSON.parse(h.rawBody).matchId === matchId);
    expect(matchHooks.length).toBeGreaterThan(0);
    for (const h of matchHooks) {
      expect(h.rawBody).not.toContain('hemtjänstgrupper');
      expect(h.rawBody).not.toContain('lastbalansering');
    }
    const [dialogue] = await dialoguesOf(buyer, needId);
    main = { needId, matchId, dialogueId: dialogue!.id };
  });

  it('opens one dialogue whose history starts with the interest and the invitation, for both parties', async () => {
    const d = (await read(buyer, main.dialogueId))!;
    expect(d).toMatchObject({ closed: false, need: { id: main.needId }, supplier: { id: supplierId } });
    expect(d.messages.map((m) => [m.body, m.authorOrganization.id])).toEqual([
      [INTEREST, supplier.organizationId],
      [INVITATION, buyer.organizationId],
    ]);
    expect(Date.parse(d.messages[0]!.createdAt)).toBeLessThanOrEqual(Date.parse(d.messages[1]!.createdAt));
    const s = (await read(supplier, main.dialogueId))!;
    expect(s.messages.map((m) => m.body)).toEqual([INTEREST, INVITATION]);
    expect((await dialoguesOf(supplier)).map((x) => x.id)).toContain(main.dialogueId);
    // The job run again (a retry, or an hour later) opens nothing twice.
    const handler = env.worker.get(OpenForMatchHandler);
    await handler.handle({ matchId: main.matchId });
    await handler.handle({ matchId: main.matchId });
    expect(await dialoguesOf(buyer, main.needId)).toHaveLength(1);
    expect((await counts(main.dialogueId, main.needId)).messages).toBe(2);
    expect((await ledgerOf(main.needId)).filter((e) => e.action === 'DIALOGUE_OPENED')).toHaveLength(1);
  });

  it('lets both parties exchange messages; the other side is told in-app, by e-mail and webhook, without the text', async () => {
    const before = hooks.received.length;
    const text = 'Kan ni visa hur er bokning fungerar för nattpersonalen?';
    const sent = (await send(buyer, main.dialogueId, text)).sendDialogueMessage;
    expect(sent).toMatchObject({ body: text, confidentialityRequested: false, authorOrganization: { id: buyer.organizationId } });
    await env.drain();
    const told = (await inbox(supplier)).filter((n) => n.type === 'DIALOGUE_MESSAGE' && n.needId === main.needId);
    expect(told).toHaveLength(1);
    expect(told[0]!.body).not.toContain('nattpersonalen');
    expect(told[0]!.body).toContain('Dialogkommunen');
    // In-app, e-mail and webhook all open the dialogue's screen.
    expect(told[0]!.link).toBe(`/dialogues/${main.dialogueId}`);
    expect((await inbox(buyer)).some((n) => n.type === 'DIALOGUE_MESSAGE')).toBe(false);
    const mails = mail.mails.filter((m) => m.to.includes(supplier.email) && m.text.includes('Nytt meddelande'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).not.toContain('nattpersonalen');
    expect(mails[0]!.text).toContain(`/dialogues/${main.dialogueId}`);
    const hook = hooks.received.slice(before).map((h) => JSON.parse(h.rawBody));
    const dialogueHooks = hook.filter((h) => h.type === 'DIALOGUE_MESSAGE');
    expect(dialogueHooks).toHaveLength(1);
    expect(dialogueHooks[0]).toMatchObject({ needId: main.needId, data: { dialogueId: main.dialogueId, messageId: sent.id } });
    expect(dialogueHooks[0].url).toMatch(new RegExp(`^https?://[^/]+/dialogues/${main.dialogueId}$`));
    expect(JSON.stringify(dialogueHooks[0])).not.toContain('nattpersonalen');

    const reply = (await send(supplier, main.dialogueId, 'Absolut, vi bokar en demo.')).sendDialogueMessage;
    expect(reply.authorOrganization.id).toBe(supplier.organizationId);
    await env.drain();
    expect((await inbox(buyer)).filter((n) => n.type === 'DIALOGUE_MESSAGE' && n.needId === main.needId)).toHaveLength(1);
  });

  it('counts unread messages from the other party per organization, and reading the messages clears them', async () => {
    // The buyer read the history in the test before; since then the supplier replied once.
    expect((await unread(buyer, main.dialogueId)).unreadCount).toBe(1);
    expect((await unread(supplier, main.dialogueId)).unreadCount).toBe(1); // the buyer's question
    expect((await unread(admin, main.dialogueId)).unreadCount).toBe(0);
    await read(admin, main.dialogueId); // an admin's reading marks nothing for the parties
    expect((await unread(buyer, main.dialogueId)).unreadCount).toBe(1);
    const d = (await read(buyer, main.dialogueId))!;
    expect(d.messages.at(-1)!.body).toBe('Absolut, vi bokar en demo.');
    expect((await unread(buyer, main.dialogueId)).unreadCount).toBe(0);
    expect((await dialoguesOf(buyer, main.needId))[0]!.unreadCount).toBe(0);
    expect((await unread(supplier, main.dialogueId)).unreadCount).toBe(1);
    // Paging: newest last; `before` pages backwards.
    type Page = { dialogue: { messages: { id: string; body: string }[] } };
    const lastTwo = (await env.gql.ok<Page>(DIALOGUE_PAGE, { id: main.dialogueId, last: 2 }, supplier.token)).dialogue.messages;
    expect(lastTwo.map((m) => m.body)).toEqual([
      'Kan ni visa hur er bokning fungerar för nattpersonalen?',
      'Absolut, vi bokar en demo.',
    ]);
    const older = (
      await env.gql.ok<Page>(DIALOGUE_PAGE, { id: main.dialogueId, last: 10, before: lastTwo[0]!.id }, supplier.token)
    ).dialogue.messages;
    expect(older.map((m) => m.body)).toEqual([INTEREST, INVITATION]);
    expect((await unread(supplier, main.dialogueId)).unreadCount).toBe(0);
    const bad = await env.gql.fails(DIALOGUE_PAGE, { id: main.dialogueId, last: 0 }, supplier.token);
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  });

  it('shows a supplier’s confidentiality request and reason to the buyer; the buyer cannot request it', async () => {
    const sent = (
      await send(supplier, main.dialogueId, 'Vår prismodell bifogas.', {
        confidentialityRequested: true,
        confidentialityReason: 'Affärshemlighet: prissättning',
      })
    ).sendDialogueMessage;
    expect(sent).toMatchObject({ confidentialityRequested: true, confidentialityReason: 'Affärshemlighet: prissättning' });
    await env.drain();
    const seen = (await read(buyer, main.dialogueId))!.messages.find((m) => m.id === sent.id)!;
    expect(seen).toMatchObject({ confidentialityRequested: true, confidentialityReason: 'Affärshemlighet: prissättning' });
    const told = (await inbox(buyer)).filter((n) => n.type === 'DIALOGUE_MESSAGE' && n.needId === main.needId);
    expect(told[0]!.body).toContain('begärt sekretess');
    expect(told[0]!.body).not.toContain('prismodell');
    const summaries = (await ledgerOf(main.needId)).filter((e) => e.action === 'DIALOGUE_MESSAGE');
    expect(summaries.at(-1)).toMatchObject({ actor: supplier.organizationId });
    expect(summaries.at(-1)!.summary).toContain('confidentiality requested');
    expect(summaries.some((e) => /prismodell|Affärshemlighet|demo/.test(e.summary))).toBe(false);
  });

  it('refuses bad input with the field and writes nothing', async () => {
    const before = await counts(main.dialogueId, main.needId);
    const cases: [Session, Record<string, unknown>, string][] = [
      [supplier, { body: '   ' }, 'body'],
      [supplier, { body: 'x'.repeat(5001) }, 'body'],
      [supplier, { body: 'Hej\u0000då' }, 'body'],
      [buyer, { body: 'Hemligt?', confidentialityRequested: true, confidentialityReason: 'Vi vill' }, 'confidentialityRequested'],
      [supplier, { body: 'Hemligt', confidentialityRequested: true }, 'confidentialityReason'],
      [
        supplier,
        { body: 'Hemligt', confidentialityRequested: true, confidentialityReason: 'x'.repeat(1001) },
        'confidentialityReason',
      ],
      [
        supplier,
        { body: 'Hemligt', confidentialityRequested: true, confidentialityReason: 'Skäl\u0007' },
        'confidentialityReason',
      ],
    ];
    for (const [who, input, field] of cases) {
      const e = await env.gql.fails(SEND, { dialogueId: main.dialogueId, ...input }, who.token);
      expect([field, e.extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
    await env.drain();
    expect(await counts(main.dialogueId, main.needId)).toEqual(before);
  });

  it('lets only the two parties and admins see the dialogue; others get null or NOT_FOUND, never a hint', async () => {
    const before = await counts(main.dialogueId, main.needId);
    expect((await env.gql.fails(DIALOGUE, { id: main.dialogueId })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await env.gql.fails(DIALOGUES, {})).extensions?.code).toBe('UNAUTHENTICATED');
    for (const outsider of [otherSupplier, otherBuyer]) {
      expect(await read(outsider, main.dialogueId)).toBeNull();
      expect(await dialoguesOf(outsider)).toEqual([]);
      expect(await dialoguesOf(outsider, main.needId)).toEqual([]);
      expect((await env.gql.fails(SEND, { dialogueId: main.dialogueId, body: 'Hej' }, outsider.token)).extensions?.code).toBe(
        'NOT_FOUND',
      );
    }
    expect(await read(buyer, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await read(buyer, 'not-an-id')).toBeNull();
    const byAdmin = (await read(admin, main.dialogueId))!;
    expect(byAdmin.messages.length).toBe(before.messages);
    expect((await dialoguesOf(admin)).map((d) => d.id)).toContain(main.dialogueId);
    expect((await env.gql.fails(SEND, { dialogueId: main.dialogueId, body: 'Hej' }, admin.token)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await env.gql.fails(SEND, { dialogueId: main.dialogueId, body: 'Hej' })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await read(supplier, main.dialogueId))?.id).toBe(main.dialogueId);
    expect((await read(buyer, main.dialogueId))?.id).toBe(main.dialogueId);
    expect(await counts(main.dialogueId, main.needId)).toEqual(before);
  });

  it('closes the dialogue when the supplier declines, telling the buyer with the reason given', async () => {
    const { needId, matchId } = await connect('Laddning vid äldreboenden');
    const [d] = await dialoguesOf(supplier, needId);
    await send(supplier, d!.id, 'Vi återkommer med en offert.');
    await env.gql.ok(DECLINE, { matchId, reason: 'Vi har inte kapacitet i år' }, supplier.token);
    await env.drain();
    const told = (await inbox(buyer)).filter((n) => n.type === 'MATCH_DECLINED' && n.matchId === matchId);
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain('Vi har inte kapacitet i år');
    expect((await inbox(supplier)).some((n) => n.type === 'MATCH_DECLINED' && n.matchId === matchId)).toBe(false);
    const declineHook = hooks.received
      .map((h) => JSON.parse(h.rawBody))
      .find((h) => h.type === 'MATCH_DECLINED' && h.matchId === matchId);
    expect(declineHook?.data).toMatchObject({ reasonGiven: true });
    expect(JSON.stringify(declineHook)).not.toContain('kapacitet');
    const closed = (await read(buyer, d!.id))!;
    expect(closed.closed).toBe(true);
    expect(closed.messages.map((m) => m.body)).toEqual([INTEREST, INVITATION, 'Vi återkommer med en offert.']);
    const before = await counts(d!.id, needId);
    for (const who of [supplier, buyer]) {
      expect((await env.gql.fails(SEND, { dialogueId: d!.id, body: 'Ett sista ord' }, who.token)).extensions?.code).toBe(
        'INVALID_STATE',
      );
    }
    expect(await counts(d!.id, needId)).toEqual(before);
  });

  it('tells the supplier when the buyer declines, without a reason when none was given', async () => {
    const { needId, matchId } = await connect('Laddning vid fritidsgårdar');
    await env.gql.ok(DECLINE, { matchId }, buyer.token);
    await env.drain();
    const told = (await inbox(supplier)).filter((n) => n.type === 'MATCH_DECLINED' && n.matchId === matchId);
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain('Dialogkommunen');
    expect(told[0]!.body).not.toMatch(/anledning/i);
    expect((await dialoguesOf(supplier, needId))[0]!.closed).toBe(true);
  });

  it('closes the dialogue when the need is closed; its history stays readable', async () => {
    const { needId } = await connect('Laddning vid bibliotek');
    const [d] = await dialoguesOf(buyer, needId);
    await env.gql.ok(CLOSE, { id: needId }, buyer.token);
    const after = (await read(supplier, d!.id))!;
    expect(after.closed).toBe(true);
    expect(after.messages).toHaveLength(2);
    const e = await env.gql.fails(SEND, { dialogueId: d!.id, body: 'Hej igen' }, supplier.token);
    expect(e.extensions?.code).toBe('INVALID_STATE');
  });

  it('records every message in the ledger: who and when, never the text', async () => {
    const entries = await ledgerOf(main.needId);
    const messages = entries.filter((e) => e.action === 'DIALOGUE_MESSAGE');
    expect(messages.map((e) => e.actor)).toEqual([buyer.organizationId, supplier.organizationId, supplier.organizationId]);
    expect(messages.every((e) => e.summary.length > 0 && !e.summary.includes('nattpersonalen'))).toBe(true);
    const opened = entries.findIndex((e) => e.action === 'DIALOGUE_OPENED');
    expect(opened).toBeGreaterThan(entries.findIndex((e) => e.action === 'MATCH_CONNECTED'));
    expect(entries.findIndex((e) => e.action === 'DIALOGUE_MESSAGE')).toBeGreaterThan(opened);
  });

  it("shows a buyer-group member that the group need's dialogues exist, never their messages", async () => {
    const theirs = (
      await env.gql.ok<{ createNeed: { id: string } }>(
        CREATE_NEED,
        { input: sampleNeed({ title: 'Laddning i grannkommunen' }) },
        otherBuyer.token,
      )
    ).createNeed.id;
    await env.gql.ok(PUBLISH, { id: theirs }, otherBuyer.token);
    const proposal = await env.gql.ok<{ proposeBuyerGroup: { id: string } }>(
      `mutation($from: ID!, $to: ID!) { proposeBuyerGroup(fromNeedId: $from, toNeedId: $to) { id } }`,
      { from: main.needId, to: theirs },
      buyer.token,
    );
    await env.gql.ok(
      `mutation($id: ID!) { respondToBuyerGroupProposal(proposalId: $id, accept: true) { status } }`,
      { id: proposal.proposeBuyerGroup.id },
      otherBuyer.token,
    );
    const seen = await dialoguesOf(otherBuyer, main.needId);
    expect(seen.map((d) => d.id)).toEqual([main.dialogueId]);
    expect(seen[0]!.unreadCount).toBe(0);
    expect((await read(otherBuyer, main.dialogueId))!.messages).toEqual([]);
    expect((await env.gql.fails(SEND, { dialogueId: main.dialogueId, body: 'Hej' }, otherBuyer.token)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // Someone outside the group still learns nothing.
    expect(await dialoguesOf(otherSupplier, main.needId)).toEqual([]);
  });
});
