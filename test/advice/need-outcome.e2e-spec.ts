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

const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishNeed(id: $id) { id } }`;
const PROFILE = `mutation($input: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $input) { id } }`;
const CLOSE = `mutation($id: ID!, $outcome: NeedOutcomeInput) {
  closeNeed(id: $id, outcome: $outcome) { id status stage version
    outcome { result summary lessonsLearned recordedAt contractedSuppliers { id headline } } } }`;
const NEED = `query($id: ID!) { need(id: $id) { status stage outcome { result summary contractedSuppliers { id } } } }`;
const LEDGER = `query($id: ID!) { needLedger(needId: $id) { action summary } }`;

interface ClosedNeed {
  status: string;
  stage: string;
  outcome: { result: string; summary: string; lessonsLearned: string | null; contractedSuppliers: { id: string }[] } | null;
}

describe('closeNeed with an outcome (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;
  let supplierProfileId: string;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    const admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Utfallskommun');
    const supplier = await register(env, 'SUPPLIER', 'Laddbolaget AB');
    supplierProfileId = (
      await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(PROFILE, { input: sampleProfile() }, supplier.token)
    ).upsertSupplierProfile.id;
  });
  afterAll(() => env.close());

  async function publishedNeed(): Promise<string> {
    const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE, { input: sampleNeed() }, buyer.token)).createNeed.id;
    await env.gql.ok(PUBLISH, { id }, buyer.token);
    await env.drain();
    return id;
  }
  const rows = async (sql: string, params: unknown[]) => (await env.ds.query(sql, params)) as Record<string, unknown>[];

  it('records a procurement: public outcome, contracted match, ledger entry, stage CONTRACTED', async () => {
    const id = await publishedNeed();
    const outcome = {
      result: 'PROCURED',
      summary: 'Innovationsupphandling efter dialog med tre leverantörer.',
      lessonsLearned: 'Börja dialogen tidigt; hemtjänsten vill vara med.',
      contractedSupplierIds: [supplierProfileId],
    };
    const closed = (await env.gql.ok<{ closeNeed: ClosedNeed }>(CLOSE, { id, outcome }, buyer.token)).closeNeed;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      stage: 'CONTRACTED',
      outcome: { result: 'PROCURED', lessonsLearned: outcome.lessonsLearned, contractedSuppliers: [{ id: supplierProfileId }] },
    });
    // Public: anyone reads the outcome with the need.
    const anon = (await env.gql.ok<{ need: ClosedNeed }>(NEED, { id })).need;
    expect(anon.outcome).toMatchObject({
      result: 'PROCURED',
      summary: outcome.summary,
      contractedSuppliers: [{ id: supplierProfileId }],
    });
    const [match] = await rows(`SELECT status, contracted_at IS NOT NULL AS contracted FROM matches WHERE need_id = $1`, [id]);
    expect(match).toEqual({ status: 'CONNECTED', contracted: true });
    const ledger = (await env.gql.ok<{ needLedger: { action: string; summary: string }[] }>(LEDGER, { id }, buyer.token))
      .needLedger;
    expect(ledger.slice(-2).map((e) => e.action)).toEqual(['NEED_CLOSED', 'NEED_OUTCOME_RECORDED']);
    expect(ledger.at(-1)!.summary).toContain('PROCURED, 1 contracted supplier');
  });

  it('closes without an outcome as before (outcome null)', async () => {
    const id = await publishedNeed();
    const closed = (await env.gql.ok<{ closeNeed: ClosedNeed }>(CLOSE, { id }, buyer.token)).closeNeed;
    expect(closed).toMatchObject({ status: 'CLOSED', stage: 'MARKET_DIALOGUE', outcome: null });
  });

  it.each([
    [{ result: 'ABANDONED', summary: 'Kort' }, 'outcome.summary'],
    [
      { result: 'ABANDONED', summary: 'Budgeten drogs in under året.', contractedSupplierIds: ['x'] },
      'outcome.contractedSupplierIds',
    ],
    [
      { result: 'SOLVED_OTHERWISE', summary: 'Löst med egen personal i stället.', contractedSupplierIds: [crypto.randomUUID()] },
      'outcome.contractedSupplierIds',
    ],
    [
      { result: 'PROCURED', summary: 'Upphandlat efter dialogen.', contractedSupplierIds: [crypto.randomUUID()] },
      'outcome.contractedSupplierIds',
    ],
  ])('refuses %j naming %s, and writes nothing', async (outcome, field) => {
    const id = await publishedNeed();
    const ledgerBefore = (await rows(`SELECT count(*)::int AS n FROM ledger_entries WHERE need_id = $1`, [id]))[0];
    const error = await env.gql.fails(CLOSE, { id, outcome }, buyer.token);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await env.gql.ok<{ need: ClosedNeed }>(NEED, { id })).need).toMatchObject({ status: 'PUBLISHED', outcome: null });
    expect((await rows(`SELECT count(*)::int AS n FROM ledger_entries WHERE need_id = $1`, [id]))[0]).toEqual(ledgerBefore);
    expect(await rows(`SELECT 1 FROM need_outcomes WHERE need_id = $1`, [id])).toEqual([]);
  });
});
