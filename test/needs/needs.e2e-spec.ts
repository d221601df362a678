import { createAdmin, createTestEnv, login, register, sampleNeed, Session, TestEnv, verifiedBuyer } from '@navet/testing';

const NEED_FIELDS = `id title summary status stage version language publishedAt desiredOutcomes focusAreas readiness
  cpvCodes { code labelSv labelEn level } regions { code name level } buyer { id name verified }
  clarifications { id } buyerGroup { id name }`;
const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { ${NEED_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishNeed(id: $id) { ${NEED_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeNeed(id: $id) { ${NEED_FIELDS} } }`;
const NEED = `query($id: ID!) { need(id: $id) { ${NEED_FIELDS} } }`;
const MY_NEEDS = `query($status: NeedStatus) { myNeeds(status: $status) { id status } }`;

interface NeedView {
  id: string;
  title: string;
  status: string;
  stage: string;
  version: number;
  publishedAt: string | null;
  cpvCodes: { code: string; labelSv: string; level: number }[];
  regions: { code: string; name: string }[];
  buyer: { id: string; verified: boolean };
  clarifications: unknown[];
  buyerGroup: unknown;
}

describe('needs: drafts, publish, close, concurrency (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Testkommun');
  });
  afterAll(() => env.close());

  const create = async (who: Session, over: Record<string, unknown> = {}) =>
    (await env.gql.ok<{ createNeed: NeedView }>(CREATE, { input: sampleNeed(over) }, who.token)).createNeed;
  const needCount = async () => Number((await env.ds.query(`SELECT count(*) AS n FROM needs`))[0].n);
  const outboxCount = async () => Number((await env.ds.query(`SELECT count(*) AS n FROM outbox`))[0].n);

  it('creates a draft with labelled CPV codes and named regions', async () => {
    const need = await create(buyer);
    expect(need).toMatchObject({ status: 'DRAFT', stage: 'NEED_ANALYSIS', version: 1, publishedAt: null, language: 'sv' });
    expect(need.cpvCodes).toEqual([expect.objectContaining({ code: '34144900-7', labelSv: 'Elfordon', level: 5 })]);
    expect(need.regions).toEqual([expect.objectContaining({ code: 'SE110', name: expect.any(String) })]);
    expect(need.buyer).toEqual(expect.objectContaining({ id: buyer.organizationId, verified: true }));
    // A new draft has no clarifications and belongs to no buyer group.
    expect(need).toMatchObject({ clarifications: [], buyerGroup: null });
  });

  it('hides drafts from other organizations and anonymous callers (NOT_FOUND), shows them to admins', async () => {
    const need = await create(buyer);
    const other = await register(env, 'SUPPLIER');
    expect((await env.gql.fails(NEED, { id: need.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await env.gql.fails(NEED, { id: need.id }, other.token)).extensions?.code).toBe('NOT_FOUND');
    expect((await env.gql.ok<{ need: NeedView }>(NEED, { id: need.id }, admin.token)).need.id).toBe(need.id);
  });

  it('publishes a draft, after which anyone reads it; version bumps on every change', async () => {
    const need = await create(buyer);
    const published = (await env.gql.ok<{ publishNeed: NeedView }>(PUBLISH, { id: need.id }, buyer.token)).publishNeed;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2, stage: 'MARKET_DIALOGUE' });
    expect(published.publishedAt).not.toBeNull();
    expect((await env.gql.ok<{ need: NeedView }>(NEED, { id: need.id })).need.status).toBe('PUBLISHED');
    const updated = (
      await env.gql.ok<{ updateNeed: NeedView }>(
        UPDATE,
        { id: need.id, input: { expectedVersion: 2, title: 'Ny titel på behovet' } },
        buyer.token,
      )
    ).updateNeed;
    expect(updated).toMatchObject({ title: 'Ny titel på behovet', version: 3 });
  });

  it('refuses a stale expectedVersion with CONFLICT and writes nothing', async () => {
    const need = await create(buyer);
    await env.gql.ok(UPDATE, { id: need.id, input: { expectedVersion: 1, title: 'Första ändringen' } }, buyer.token);
    const err = await env.gql.fails(
      UPDATE,
      { id: need.id, input: { expectedVersion: 1, title: 'Krockande ändring' } },
      buyer.token,
    );
    expect(err.extensions?.code).toBe('CONFLICT');
    const now = (await env.gql.ok<{ need: NeedView }>(NEED, { id: need.id }, buyer.token)).need;
    expect(now).toMatchObject({ title: 'Första ändringen', version: 2 });
  });

  it('rejects bad input with the offending field and writes nothing', async () => {
    const before = [await needCount(), await outboxCount()];
    const cases: [Record<string, unknown>, string][] = [
      [{ cpvCodes: ['99999999-9'] }, 'cpvCodes'],
      [{ cpvCodes: [] }, 'cpvCodes'],
      [{ regionCodes: ['SE999'] }, 'regionCodes'],
      [{ regionCodes: ['sweden!'] }, 'regionCodes'],
      [{ title: '  ' }, 'title'],
      [{ language: 'swedish' }, 'language'],
      [{ estimatedValueSek: -5 }, 'estimatedValueSek'],
      [{ dialogueDeadline: '2001-01-01T00:00:00Z' }, 'dialogueDeadline'],
    ];
    for (const [over, field] of cases) {
      const err = await env.gql.fails(CREATE, { input: sampleNeed(over) }, buyer.token);
      expect({ field, code: err.extensions?.code, got: err.extensions?.field }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        got: field,
      });
    }
    expect([await needCount(), await outboxCount()]).toEqual(before);
  });

  it('accepts foreign NUTS codes by format', async () => {
    const need = await create(buyer, { regionCodes: ['DK01', 'SE'] });
    expect(need.regions.map((r) => r.code)).toEqual(['DK01', 'SE']);
  });

  it('enforces roles: anonymous is UNAUTHENTICATED, suppliers FORBIDDEN, other buyers cannot change a published need', async () => {
    expect((await env.gql.fails(CREATE, { input: sampleNeed() })).extensions?.code).toBe('UNAUTHENTICATED');
    const supplier = await register(env, 'SUPPLIER');
    expect((await env.gql.fails(CREATE, { input: sampleNeed() }, supplier.token)).extensions?.code).toBe('FORBIDDEN');
    const need = await create(buyer);
    await env.gql.ok(PUBLISH, { id: need.id }, buyer.token);
    const rival = await verifiedBuyer(env, admin);
    const err = await env.gql.fails(UPDATE, { id: need.id, input: { expectedVersion: 2, title: 'Kapad titel' } }, rival.token);
    expect(err.extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(CLOSE, { id: need.id }, rival.token)).extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only verified buyers publish; the draft stays a draft', async () => {
    const unverified = await register(env, 'PUBLIC_BUYER');
    const need = await create(unverified);
    const err = await env.gql.fails(PUBLISH, { id: need.id }, unverified.token);
    expect(err.extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.ok<{ need: NeedView }>(NEED, { id: need.id }, unverified.token)).need).toMatchObject({
      status: 'DRAFT',
      version: 1,
    });
  });

  it('closes a published need; closed needs refuse publish, close and update with INVALID_STATE', async () => {
    const need = await create(buyer);
    expect((await env.gql.fails(CLOSE, { id: need.id }, buyer.token)).extensions?.code).toBe('INVALID_STATE');
    await env.gql.ok(PUBLISH, { id: need.id }, buyer.token);
    expect((await env.gql.fails(PUBLISH, { id: need.id }, buyer.token)).extensions?.code).toBe('INVALID_STATE');
    const closed = (await env.gql.ok<{ closeNeed: NeedView }>(CLOSE, { id: need.id }, buyer.token)).closeNeed;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 3 });
    expect((await env.gql.fails(CLOSE, { id: need.id }, buyer.token)).extensions?.code).toBe('INVALID_STATE');
    const err = await env.gql.fails(UPDATE, { id: need.id, input: { expectedVersion: 3, title: 'För sent' } }, buyer.token);
    expect(err.extensions?.code).toBe('INVALID_STATE');
    expect((await env.gql.ok<{ need: NeedView }>(NEED, { id: need.id })).need.status).toBe('CLOSED');
  });

  it('lists my needs by status, and only my organization’s', async () => {
    const mine = await verifiedBuyer(env, admin);
    const a = await create(mine);
    const b = await create(mine);
    await env.gql.ok(PUBLISH, { id: b.id }, mine.token);
    const drafts = (await env.gql.ok<{ myNeeds: { id: string }[] }>(MY_NEEDS, { status: 'DRAFT' }, mine.token)).myNeeds;
    const all = (await env.gql.ok<{ myNeeds: { id: string }[] }>(MY_NEEDS, {}, mine.token)).myNeeds;
    expect(drafts.map((n) => n.id)).toEqual([a.id]);
    expect(all.map((n) => n.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('returns NOT_FOUND for unknown or malformed ids', async () => {
    expect((await env.gql.fails(NEED, { id: 'not-an-id' })).extensions?.code).toBe('NOT_FOUND');
    expect((await env.gql.fails(PUBLISH, { id: '00000000-0000-4000-8000-000000000000' }, buyer.token)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});
