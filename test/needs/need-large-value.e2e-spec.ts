import { createAdmin, createTestEnv, login, sampleNeed, Session, TestEnv, verifiedBuyer } from '@navet/testing';

const FIELDS = `id version estimatedValueSek estimatedValueSekBig`;
const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishNeed(id: $id) { id version } }`;
const NEED = `query($id: ID!) { need(id: $id) { ${FIELDS} } }`;

interface Value {
  id: string;
  version: number;
  estimatedValueSek: number | null;
  estimatedValueSekBig: number | null;
}

const FIVE_BN = 5_000_000_000;
const INT_MAX = 2 ** 31 - 1;

/** Values above GraphQL's Int (a 5 bn SEK framework agreement): stored whole, read through estimatedValueSekBig. */
describe('Need values above 2^31 SEK (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    const admin = await login(env, ...(Object.values(await createAdmin(env)) as [string, string]));
    buyer = await verifiedBuyer(env, admin, 'Ramavtalskommunen');
  });
  afterAll(() => env?.close());

  const create = async (over: Record<string, unknown>) =>
    (await env.gql.ok<{ createNeed: Value }>(CREATE, { input: sampleNeed(over) }, buyer.token)).createNeed;
  const read = async (id: string) => (await env.gql.ok<{ need: Value }>(NEED, { id }, buyer.token)).need;
  const stored = async (id: string) =>
    (await env.ds.query(`SELECT estimated_value_sek::text AS v FROM needs WHERE id = $1`, [id]))[0].v as string | null;
  const needCount = async () => Number((await env.ds.query(`SELECT count(*) AS n FROM needs`))[0].n);

  it('stores 5 bn SEK whole; estimatedValueSek is null for it (Int cannot hold it), estimatedValueSekBig has it', async () => {
    const need = await create({ estimatedValueSekBig: FIVE_BN });
    expect(need).toMatchObject({ estimatedValueSek: null, estimatedValueSekBig: FIVE_BN });
    expect(await stored(need.id)).toBe('5000000000');
    expect(await read(need.id)).toMatchObject({ estimatedValueSek: null, estimatedValueSekBig: FIVE_BN });
  });

  it('small values keep working through estimatedValueSek, and both fields read the same', async () => {
    const need = await create({ estimatedValueSek: INT_MAX });
    expect(need).toMatchObject({ estimatedValueSek: INT_MAX, estimatedValueSekBig: INT_MAX });
    const big = await create({ estimatedValueSekBig: INT_MAX + 1 });
    expect(big).toMatchObject({ estimatedValueSek: null, estimatedValueSekBig: INT_MAX + 1 });
    const same = await create({ estimatedValueSek: 1000, estimatedValueSekBig: 1000 });
    expect(same).toMatchObject({ estimatedValueSek: 1000, estimatedValueSekBig: 1000 });
  });

  it('updates to and from a large value, and clears it with null', async () => {
    const need = await create({ estimatedValueSek: 1000 });
    const up = (
      await env.gql.ok<{ updateNeed: Value }>(
        UPDATE,
        { id: need.id, input: { expectedVersion: 1, estimatedValueSekBig: 2 ** 53 - 1 } },
        buyer.token,
      )
    ).updateNeed;
    expect(up).toMatchObject({ estimatedValueSek: null, estimatedValueSekBig: 2 ** 53 - 1 });
    expect(await stored(need.id)).toBe(String(2 ** 53 - 1));
    const down = (
      await env.gql.ok<{ updateNeed: Value }>(
        UPDATE,
        { id: need.id, input: { expectedVersion: 2, estimatedValueSek: 42 } },
        buyer.token,
      )
    ).updateNeed;
    expect(down).toMatchObject({ estimatedValueSek: 42, estimatedValueSekBig: 42 });
    const cleared = (
      await env.gql.ok<{ updateNeed: Value }>(
        UPDATE,
        { id: need.id, input: { expectedVersion: 3, estimatedValueSekBig: null } },
        buyer.token,
      )
    ).updateNeed;
    expect(cleared).toMatchObject({ estimatedValueSek: null, estimatedValueSekBig: null });
  });

  it('the OCDS feed carries the full amount', async () => {
    const need = await create({ title: 'Ramavtal för fordon', estimatedValueSekBig: FIVE_BN });
    await env.gql.ok(PUBLISH, { id: need.id }, buyer.token);
    const res = await fetch(`${env.url.replace('/graphql', '')}/ocds/releases`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { releases: { ocid: string; tender: { value?: { amount: number; currency: string } } }[] };
    const release = body.releases.find((r) => r.ocid.endsWith(need.id));
    expect(release?.tender.value).toEqual({ amount: FIVE_BN, currency: 'SEK' });
  });

  it('refuses fractions, negatives, unsafe integers and two different values with BAD_USER_INPUT, writing nothing', async () => {
    const before = await needCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ estimatedValueSekBig: 1.5 }, 'estimatedValueSekBig'],
      [{ estimatedValueSekBig: -1 }, 'estimatedValueSekBig'],
      [{ estimatedValueSekBig: 2 ** 53 }, 'estimatedValueSekBig'],
      [{ estimatedValueSekBig: 1e300 }, 'estimatedValueSekBig'],
      [{ estimatedValueSek: -1 }, 'estimatedValueSek'],
      [{ estimatedValueSek: 1000, estimatedValueSekBig: FIVE_BN }, 'estimatedValueSekBig'],
    ];
    for (const [over, field] of cases) {
      const err = await env.gql.fails(CREATE, { input: sampleNeed(over) }, buyer.token);
      expect({ over, code: err.extensions?.code, field: err.extensions?.field }).toEqual({ over, code: 'BAD_USER_INPUT', field });
    }
    const need = await create({ estimatedValueSek: 7 });
    const err = await env.gql.fails(
      UPDATE,
      { id: need.id, input: { expectedVersion: 1, estimatedValueSekBig: -3 } },
      buyer.token,
    );
    expect([err.extensions?.code, err.extensions?.field]).toEqual(['BAD_USER_INPUT', 'estimatedValueSekBig']);
    expect(await read(need.id)).toMatchObject({ version: 1, estimatedValueSek: 7 });
    expect(await needCount()).toBe(before + 1);
  });

  it('an Int above 2^31 - 1 in estimatedValueSek is refused by GraphQL itself', async () => {
    const r = await env.gql.request(CREATE, { input: sampleNeed({ estimatedValueSek: FIVE_BN }) }, buyer.token);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
