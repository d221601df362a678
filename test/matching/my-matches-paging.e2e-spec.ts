import {
  createAdmin,
  createTestEnv,
  insertMatch,
  insertNeed,
  insertOrganization,
  insertSupplierProfile,
  login,
  register,
  Session,
  TestEnv,
  verifiedBuyer,
} from '@navet/testing';

const MY = `query($first: Int, $offset: Int, $status: [MatchStatus!]) {
  myMatches(first: $first, offset: $offset, status: $status) { id score }
}`;

/** myMatches: best score first on either side, paged with first/offset without overlap or gaps. */
describe('myMatches ordering and offset paging (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;
  let supplier: Session;
  let admin: Session;
  /** The buyer's matches, best first. */
  const buyerSide: string[] = [];
  /** The supplier's matches, best first. */
  const supplierSide: string[] = [];

  beforeAll(async () => {
    env = await createTestEnv();
    admin = await login(env, ...(Object.values(await createAdmin(env)) as [string, string]));
    buyer = await verifiedBuyer(env, admin, 'Poängkommunen');
    supplier = await register(env, 'SUPPLIER', 'Poängbolaget');
    const ownProfile = await insertSupplierProfile(env.ds, supplier.organizationId);
    const need = await insertNeed(env.ds, buyer.organizationId, { status: 'PUBLISHED' });
    // Inserted in an order unlike the scores, so "newest first" would give another order.
    const scores = [0.31, 0.92, 0.55, 0.77, 0.12];
    const byScore: [number, string][] = [];
    for (const score of scores) {
      const org = await insertOrganization(env.ds, { kind: 'SUPPLIER' });
      const profile = await insertSupplierProfile(env.ds, org);
      byScore.push([score, await insertMatch(env.ds, need, profile, { score })]);
    }
    buyerSide.push(...byScore.sort((a, b) => b[0] - a[0]).map(([, id]) => id));
    const theirs: [number, string][] = [];
    for (const score of [0.4, 0.9, 0.65]) {
      const other = await insertOrganization(env.ds, { name: 'Annan kommun' });
      const otherNeed = await insertNeed(env.ds, other, { status: 'PUBLISHED' });
      theirs.push([score, await insertMatch(env.ds, otherNeed, ownProfile, { score })]);
    }
    supplierSide.push(...theirs.sort((a, b) => b[0] - a[0]).map(([, id]) => id));
  });
  afterAll(() => env?.close());

  const my = async (who: Session, vars: Record<string, unknown> = {}) =>
    (await env.gql.ok<{ myMatches: { id: string; score: number }[] }>(MY, vars, who.token)).myMatches.map((m) => m.id);

  it('lists the buyer’s and the supplier’s matches best score first', async () => {
    expect(await my(buyer)).toEqual(buyerSide);
    expect(await my(supplier)).toEqual(supplierSide);
  });

  it('pages with first and offset: pages join up to the whole list without overlap', async () => {
    const pages = [
      await my(buyer, { first: 2 }),
      await my(buyer, { first: 2, offset: 2 }),
      await my(buyer, { first: 2, offset: 4 }),
    ];
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(buyerSide);
    expect(await my(buyer, { first: 2, offset: 5 })).toEqual([]);
    expect(await my(supplier, { first: 1, offset: 1 })).toEqual([supplierSide[1]]);
  });

  it('offset defaults to 0 and combines with the status filter', async () => {
    expect(await my(buyer, { first: 3 })).toEqual(buyerSide.slice(0, 3));
    expect(await my(buyer, { status: ['SUGGESTED'], offset: 3 })).toEqual(buyerSide.slice(3));
    expect(await my(buyer, { status: ['CONNECTED'] })).toEqual([]);
  });

  it('admins have no side; anonymous callers are refused', async () => {
    expect(await my(admin, { offset: 1 })).toEqual([]);
    const err = await env.gql.fails(MY, {});
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses first outside 1..200 and offset outside 0..10000 with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 0 }, 'first'],
      [{ first: 201 }, 'first'],
      [{ offset: -1 }, 'offset'],
      [{ offset: 10_001 }, 'offset'],
    ];
    for (const [vars, field] of cases) {
      const err = await env.gql.fails(MY, vars, buyer.token);
      expect({ vars, code: err.extensions?.code, field: err.extensions?.field }).toEqual({ vars, code: 'BAD_USER_INPUT', field });
    }
  });
});
