import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAdmin,
  createTestEnv,
  login,
  register,
  sampleNeed,
  sampleProfile,
  Session,
  TestEnv,
  verifiedBuyer,
} from '@navet/testing';
import { runLedgerVerify } from '../../scripts/ledger/ledger-verify-cli';
import { CLOSE, CREATE_NEED, EXPRESS_INTEREST, INVITE, MatchView, PUBLISH, UPSERT_PROFILE } from '../matching/match-graphql';

const LEDGER = `query($needId: ID!) { needLedger(needId: $needId) {
  sequence at action summary hash previousHash actorOrganization { id name } } }`;
const VERIFY = `query($needId: ID!) { verifyNeedLedger(needId: $needId) }`;
const DETAIL = `query($needId: ID!) { verifyNeedLedgerDetail(needId: $needId) { valid firstBrokenSequence length headHash } }`;
const HEAD = `query($id: ID!) { need(id: $id) { ledgerLength ledgerHeadHash } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id version } }`;

interface EntryView {
  sequence: number;
  at: string;
  action: string;
  summary: string;
  hash: string;
  previousHash: string;
  actorOrganization: { id: string; name: string } | null;
}

describe('the equal-treatment ledger: GraphQL, exports and offline verification (e2e)', () => {
  let env: TestEnv;
  let base: string;
  let admin: Session;
  let buyer: Session;
  let otherBuyer: Session;
  let supplier: Session;
  let needId: string;
  let draftId: string;
  let dir: string;

  const newNeed = async (title: string) =>
    (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed({ title }) }, buyer.token)).createNeed.id;
  const entries = async (id: string, who: Session) =>
    (await env.gql.ok<{ needLedger: EntryView[] }>(LEDGER, { needId: id }, who.token)).needLedger;
  const head = async (id: string, token?: string) =>
    (await env.gql.ok<{ need: { ledgerLength: number; ledgerHeadHash: string | null } }>(HEAD, { id }, token)).need;
  const get = (path: string, token?: string) =>
    fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    env = await createTestEnv();
    base = env.url.replace('/graphql', '');
    admin = await login(env, ...(Object.values(await createAdmin(env)) as [string, string]));
    buyer = await verifiedBuyer(env, admin, 'Ledgerkommunen');
    otherBuyer = await verifiedBuyer(env, admin, 'Grannkommunen');
    supplier = await register(env, 'SUPPLIER', 'Laddbolaget AB');
    await env.gql.ok(UPSERT_PROFILE, { input: sampleProfile() }, supplier.token);
    await env.drain();
    needId = await newNeed('Laddplatser för hemtjänsten');
    await env.gql.ok(PUBLISH, { id: needId }, buyer.token);
    await env.gql.ok(
      UPDATE,
      { id: needId, input: { expectedVersion: 2, title: 'Laddplatser för hemtjänstens bilar' } },
      buyer.token,
    );
    await env.drain();
    const interest = (
      await env.gql.ok<{ expressInterest: MatchView }>(EXPRESS_INTEREST, { needId, message: 'Vi kan' }, supplier.token)
    ).expressInterest;
    await env.gql.ok(INVITE, { needId, supplierId: interest.supplier.id }, buyer.token);
    await env.drain();
    draftId = await newNeed('Ett utkast');
    dir = mkdtempSync(join(tmpdir(), 'navet-ledger-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await env?.close();
  });

  it('records publication, update, the supplier told, interest and connection, each hash chained to the last', async () => {
    const list = await entries(needId, buyer);
    const actions = list.map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['NEED_PUBLISHED', 'NEED_UPDATED']);
    expect(actions).toEqual(expect.arrayContaining(['SUPPLIER_NOTIFIED', 'INTEREST_EXPRESSED', 'MATCH_CONNECTED']));
    expect(list.map((e) => e.sequence)).toEqual(list.map((_, i) => i + 1));
    expect(list[0]).toMatchObject({
      previousHash: '0'.repeat(64),
      actorOrganization: { id: buyer.organizationId, name: 'Ledgerkommunen' },
    });
    for (let i = 1; i < list.length; i++) expect(list[i]!.previousHash).toBe(list[i - 1]!.hash);
    const interest = list.find((e) => e.action === 'INTEREST_EXPRESSED')!;
    expect(interest.actorOrganization).toEqual({ id: supplier.organizationId, name: 'Laddbolaget AB' });
    // Never the message text, never an e-mail address.
    expect(JSON.stringify(list)).not.toMatch(/Vi kan|@/);
    expect(await env.gql.ok(VERIFY, { needId }, buyer.token)).toEqual({ verifyNeedLedger: true });
    expect(
      (await env.gql.ok<{ verifyNeedLedgerDetail: unknown }>(DETAIL, { needId }, admin.token)).verifyNeedLedgerDetail,
    ).toEqual({
      valid: true,
      firstBrokenSequence: null,
      length: list.length,
      headHash: list.at(-1)!.hash,
    });
  });

  it('shows ledgerLength and ledgerHeadHash to anyone who reads the published need, and they move with a new action', async () => {
    const list = await entries(needId, buyer);
    for (const token of [undefined, supplier.token, otherBuyer.token]) {
      expect(await head(needId, token)).toEqual({ ledgerLength: list.length, ledgerHeadHash: list.at(-1)!.hash });
    }
    await env.gql.ok(
      UPDATE,
      { id: needId, input: { expectedVersion: 3, summary: 'Bilarna ska laddas vid baserna.' } },
      buyer.token,
    );
    const after = await head(needId);
    expect(after.ledgerLength).toBe(list.length + 1);
    expect(after.ledgerHeadHash).not.toBe(list.at(-1)!.hash);
    expect(await head(draftId, buyer.token)).toEqual({ ledgerLength: 0, ledgerHeadHash: null });
  });

  it('ends with the closing, by the buyer or by an admin (moderation), and stays readable after it', async () => {
    const byBuyer = await newNeed('Stängs av köparen');
    await env.gql.ok(PUBLISH, { id: byBuyer }, buyer.token);
    await env.gql.ok(CLOSE, { id: byBuyer }, buyer.token);
    expect((await entries(byBuyer, buyer)).map((e) => [e.action, e.actorOrganization?.id])).toEqual([
      ['NEED_PUBLISHED', buyer.organizationId],
      ['NEED_CLOSED', buyer.organizationId],
    ]);
    const byAdmin = await newNeed('Stängs av Navet');
    await env.gql.ok(PUBLISH, { id: byAdmin }, buyer.token);
    await env.gql.ok(CLOSE, { id: byAdmin }, admin.token);
    expect((await entries(byAdmin, buyer)).at(-1)).toMatchObject({
      action: 'NEED_CLOSED',
      summary: 'Navet closed the need (moderation)',
    });
    expect(await env.gql.ok(VERIFY, { needId: byAdmin }, buyer.token)).toEqual({ verifyNeedLedger: true });
  });

  it('lets only the owning buyer organization and admins read and verify it (GraphQL)', async () => {
    const code = async (q: string, id: string, token?: string) =>
      (await env.gql.fails(q, { needId: id }, token)).extensions?.code;
    for (const q of [LEDGER, VERIFY, DETAIL]) {
      expect(await code(q, needId)).toBe('UNAUTHENTICATED');
      expect(await code(q, needId, supplier.token)).toBe('FORBIDDEN');
      expect(await code(q, needId, otherBuyer.token)).toBe('FORBIDDEN');
      // A draft or an unknown id: no hint that it exists.
      expect(await code(q, draftId, otherBuyer.token)).toBe('NOT_FOUND');
      expect(await code(q, draftId, supplier.token)).toBe('NOT_FOUND');
      expect(await code(q, '00000000-0000-4000-8000-000000000000', buyer.token)).toBe('NOT_FOUND');
      expect(await code(q, 'not-an-id', admin.token)).toBe('NOT_FOUND');
    }
    expect((await entries(needId, admin)).length).toBeGreaterThan(0);
    expect(await entries(draftId, buyer)).toEqual([]);
    expect(await entries(draftId, admin)).toEqual([]);
  });

  it('exports JSON and CSV for the owner and admins only: 401 without or with a bad token, 404 otherwise', async () => {
    for (const ext of ['json', 'csv']) {
      const path = `/needs/${needId}/ledger.${ext}`;
      expect((await get(path)).status).toBe(401);
      expect((await get(path, 'not.a.token')).status).toBe(401);
      expect((await get(path, supplier.token)).status).toBe(404);
      expect((await get(path, otherBuyer.token)).status).toBe(404);
      expect((await get(`/needs/${draftId}/ledger.${ext}`, otherBuyer.token)).status).toBe(404);
      expect((await get(`/needs/00000000-0000-4000-8000-000000000000/ledger.${ext}`, buyer.token)).status).toBe(404);
      expect((await get(path, buyer.token)).status).toBe(200);
      expect((await get(path, admin.token)).status).toBe(200);
    }
    const list = await entries(needId, buyer);
    const csvRes = await get(`/needs/${needId}/ledger.csv`, buyer.token);
    expect(csvRes.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csvRes.text()).split('\r\n');
    expect(lines[0]).toBe('sequence,at,action,actorOrganizationId,actorOrganizationName,summary,previousHash,hash,needId');
    expect(lines).toHaveLength(list.length + 2);
    expect(lines[1]).toContain(`,NEED_PUBLISHED,${buyer.organizationId},Ledgerkommunen,`);
  });

  it('exports JSON that verifies offline, and fails after one summary is changed, naming the sequence', async () => {
    const res = await get(`/needs/${needId}/ledger.json`, buyer.token);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    const x = JSON.parse(text) as { needId: string; canonicalForm: string; headHash: string; entries: Record<string, unknown>[] };
    const list = await entries(needId, buyer);
    expect(x).toMatchObject({
      format: 'navet-ledger-export',
      formatVersion: 1,
      needId,
      length: list.length,
      headHash: list.at(-1)!.hash,
    });
    expect(x.entries[0]).toEqual({
      needId,
      sequence: 1,
      at: list[0]!.at,
      action: 'NEED_PUBLISHED',
      actorOrganizationId: buyer.organizationId,
      actorOrganizationName: 'Ledgerkommunen',
      summary: list[0]!.summary,
      previousHash: '0'.repeat(64),
      hash: list[0]!.hash,
    });
    const file = join(dir, 'export.json');
    writeFileSync(file, text);
    const read = (p: string) => readFileSync(p, 'utf8');
    expect(runLedgerVerify([file], read)).toMatchObject({ exitCode: 0 });
    expect(runLedgerVerify([file, '--head', (await head(needId)).ledgerHeadHash!], read).exitCode).toBe(0);
    x.entries[2]!.summary = 'Nothing happened here';
    writeFileSync(file, JSON.stringify(x));
    const failed = runLedgerVerify([file], read);
    expect(failed.exitCode).toBe(1);
    expect(failed.lines).toContain('first broken sequence: 3');
  });

  it('refuses UPDATE and DELETE in the database; a row altered behind the trigger fails verification at its sequence', async () => {
    const id = await newNeed('Manipulerad historik');
    await env.gql.ok(PUBLISH, { id }, buyer.token);
    for (let v = 2; v < 5; v++)
      await env.gql.ok(UPDATE, { id, input: { expectedVersion: v, summary: `Version ${v}` } }, buyer.token);
    await expect(
      env.ds.query(`UPDATE ledger_entries SET summary = 'x' WHERE need_id = $1 AND sequence = 2`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(env.ds.query(`DELETE FROM ledger_entries WHERE need_id = $1`, [id])).rejects.toThrow(/append-only/);
    expect(await env.gql.ok(VERIFY, { needId: id }, buyer.token)).toEqual({ verifyNeedLedger: true });
    await env.ds.transaction(async (em) => {
      await em.query(`ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_no_update_or_delete`);
      await em.query(`UPDATE ledger_entries SET summary = 'The buyer changed nothing' WHERE need_id = $1 AND sequence = 3`, [id]);
      await em.query(`ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_no_update_or_delete`);
    });
    expect(await env.gql.ok(VERIFY, { needId: id }, buyer.token)).toEqual({ verifyNeedLedger: false });
    expect(
      (await env.gql.ok<{ verifyNeedLedgerDetail: unknown }>(DETAIL, { needId: id }, admin.token)).verifyNeedLedgerDetail,
    ).toMatchObject({
      valid: false,
      firstBrokenSequence: 3,
      length: 4,
    });
    const exported = await (await get(`/needs/${id}/ledger.json`, admin.token)).text();
    const file = join(dir, 'altered.json');
    writeFileSync(file, exported);
    expect(runLedgerVerify([file], (p) => readFileSync(p, 'utf8')).lines).toContain('first broken sequence: 3');
  });
});
