import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { readLedger, verifyChain } from '@navet/ledger';
import { OutboxModule } from '@navet/outbox';
import { createModuleTestEnv, insertActor, insertMatch, insertNeed, insertSupplierProfile, ModuleTestEnv } from '@navet/testing';
import { DialogueJobsModule } from '../dialogue-jobs.module';
import { DialogueModule } from '../dialogue.module';
import { OpenForMatchHandler } from '../jobs/open-for-match.handler';
import { DialogueMessaging } from './dialogue-messaging.service';
import { DialogueQueryService } from './dialogue-query.service';

jest.setTimeout(60_000);

let env: ModuleTestEnv;
let ds: DataSource;
let handler: OpenForMatchHandler;
let messaging: DialogueMessaging;
let queries: DialogueQueryService;
let buyer: Actor;
let supplier: Actor;
let profileId: string;

beforeAll(async () => {
  env = await createModuleTestEnv([OutboxModule, DialogueModule, DialogueJobsModule]);
  ds = env.ds;
  handler = env.app.get(OpenForMatchHandler);
  messaging = env.app.get(DialogueMessaging);
  queries = env.app.get(DialogueQueryService);
  buyer = await insertActor(ds, 'BUYER');
  supplier = await insertActor(ds, 'SUPPLIER');
  profileId = await insertSupplierProfile(ds, supplier);
});
afterAll(() => env?.close());

const interestAt = new Date('2026-11-30T08:00:00.000Z');
const invitationAt = new Date('2026-12-01T09:30:00.000Z');

/** A match as the lifecycle leaves it once connected: both messages with their times. */
async function connectedMatch(
  status: 'CONNECTED' | 'DECLINED' | 'INTERESTED' = 'CONNECTED',
): Promise<{ needId: string; matchId: string }> {
  const needId = await insertNeed(ds, buyer);
  const matchId = await insertMatch(ds, needId, profileId, { status });
  await ds.query(
    `UPDATE matches SET interest_message = 'Vi kan hjälpa', interested_at = $2, supplier_interested = true,
       invitation_message = CASE WHEN $3 THEN 'Välkomna' END, invited_at = CASE WHEN $3 THEN $4::timestamptz END,
       buyer_invited = $3, connected_at = CASE WHEN $3 THEN $4::timestamptz END
     WHERE id = $1`,
    [matchId, interestAt, status !== 'INTERESTED', invitationAt],
  );
  return { needId, matchId };
}

const count = async (sql: string, params: unknown[]): Promise<number> => (await ds.query(sql, params))[0].n;
const dialoguesOf = (matchId: string) => count(`SELECT count(*)::int AS n FROM dialogues WHERE match_id = $1`, [matchId]);
const openedEntries = (needId: string) =>
  count(`SELECT count(*)::int AS n FROM ledger_entries WHERE need_id = $1 AND action = 'DIALOGUE_OPENED'`, [needId]);
const dialogueIdOf = async (matchId: string): Promise<string> =>
  (await ds.query(`SELECT id FROM dialogues WHERE match_id = $1`, [matchId]))[0].id;

describe('opening the dialogue of a connected match', () => {
  it('opens once under repeated runs, with the interest and invitation as history at their times', async () => {
    const { needId, matchId } = await connectedMatch();
    for (let i = 0; i < 3; i++) await handler.handle({ matchId });
    expect(await dialoguesOf(matchId)).toBe(1);
    expect(await openedEntries(needId)).toBe(1);
    const rows: { seq: number; author_side: string; author_organization_id: string; body: string; created_at: Date }[] =
      await ds.query(
        `SELECT seq, author_side, author_organization_id, body, created_at FROM dialogue_messages m
           JOIN dialogues d ON d.id = m.dialogue_id WHERE d.match_id = $1 ORDER BY seq`,
        [matchId],
      );
    expect(rows.map((r) => [r.seq, r.author_side, r.author_organization_id, r.body, r.created_at.toISOString()])).toEqual([
      [1, 'SUPPLIER', supplier.organizationId, 'Vi kan hjälpa', interestAt.toISOString()],
      [2, 'BUYER', buyer.organizationId, 'Välkomna', invitationAt.toISOString()],
    ]);
    expect(verifyChain(await readLedger(ds, needId)).valid).toBe(true);
  });

  it('opens once when runs race each other', async () => {
    const { needId, matchId } = await connectedMatch();
    await Promise.all(Array.from({ length: 6 }, () => handler.handle({ matchId })));
    expect(await dialoguesOf(matchId)).toBe(1);
    expect(await openedEntries(needId)).toBe(1);
    expect(
      await count(`SELECT count(*)::int AS n FROM dialogue_messages WHERE dialogue_id = $1`, [await dialogueIdOf(matchId)]),
    ).toBe(2);
  });

  it('opens nothing for a match that never connected or does not exist', async () => {
    const { needId, matchId } = await connectedMatch('INTERESTED');
    await handler.handle({ matchId });
    await handler.handle({ matchId: '00000000-0000-4000-8000-000000000000' });
    await handler.handle({ matchId: 'not-an-id' });
    expect(await dialoguesOf(matchId)).toBe(0);
    expect(await openedEntries(needId)).toBe(0);
  });

  it('still opens (closed) a dialogue for a match declined after it connected, keeping the words on record', async () => {
    const { matchId } = await connectedMatch('DECLINED');
    await handler.handle({ matchId });
    const view = await queries.dialogue(buyer, await dialogueIdOf(matchId));
    expect(view).toMatchObject({ closed: true, access: 'BUYER', messageCount: 2 });
  });
});

describe('sending messages', () => {
  it('numbers concurrent messages consecutively and keeps the ledger chain whole', async () => {
    const { needId, matchId } = await connectedMatch();
    await handler.handle({ matchId });
    const dialogueId = await dialogueIdOf(matchId);
    const sent = await Promise.all(
      Array.from({ length: 8 }, (_, i) => messaging.send(i % 2 ? buyer : supplier, dialogueId, { body: `Meddelande ${i}` })),
    );
    expect(sent.map((m) => m.seq).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const ledger = await readLedger(ds, needId);
    expect(ledger.filter((e) => e.action === 'DIALOGUE_MESSAGE')).toHaveLength(8);
    expect(verifyChain(ledger).valid).toBe(true);
    expect(
      await count(`SELECT count(*)::int AS n FROM outbox WHERE event_type = 'dialogue.message-sent'`, []),
    ).toBeGreaterThanOrEqual(8);
    // Each side has the other's four unread, plus the history's one message from the other side.
    const [view] = await queries.dialogues(buyer, needId);
    expect(await queries.unreadCounts(buyer, [view!])).toEqual([5]);
    await queries.messages(buyer, [view!], { last: 3 });
    expect(await queries.unreadCounts(buyer, [view!])).toEqual([0]);
  });

  it('writes nothing when the need closed meanwhile', async () => {
    const { needId, matchId } = await connectedMatch();
    await handler.handle({ matchId });
    const dialogueId = await dialogueIdOf(matchId);
    await ds.query(`UPDATE needs SET status = 'CLOSED' WHERE id = $1`, [needId]);
    const before = (await readLedger(ds, needId)).length;
    await expect(messaging.send(supplier, dialogueId, { body: 'Hej' })).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect((await readLedger(ds, needId)).length).toBe(before);
    expect(await count(`SELECT count(*)::int AS n FROM dialogue_messages WHERE dialogue_id = $1`, [dialogueId])).toBe(2);
  });
});
