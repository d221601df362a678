import { createAdmin, createTestEnv, login, register, Session, TestEnv, verifiedBuyer } from '@navet/testing';
import { facet, nonsenseWord, SEARCH_SUPPLIERS, searchSuppliers, supplierIds, upsertProfile } from './search-fixtures';

/** Buyers look for suppliers; suppliers only appear while their profile is discoverable. */
describe('searchSuppliers (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Upphandlande kommun');
  });
  afterAll(() => env.close());

  it('is for buyers and admins: suppliers are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const supplier = await register(env, 'SUPPLIER');
    expect((await env.gql.fails(SEARCH_SUPPLIERS, {}, supplier.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(SEARCH_SUPPLIERS, {})).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await env.gql.fails(SEARCH_SUPPLIERS, {}, 'not-a-token')).extensions?.code).toBe('UNAUTHENTICATED');
    await expect(searchSuppliers(env, {}, buyer.token)).resolves.toEqual(
      expect.objectContaining({ totalHits: expect.any(Number) }),
    );
    await expect(searchSuppliers(env, {}, admin.token)).resolves.toEqual(
      expect.objectContaining({ totalHits: expect.any(Number) }),
    );
  });

  it('an unverified buyer may search suppliers too (verification gates publishing, not browsing)', async () => {
    const unverified = await register(env, 'PUBLIC_BUYER');
    await expect(searchSuppliers(env, {}, unverified.token)).resolves.toEqual(
      expect.objectContaining({ hits: expect.any(Array) }),
    );
  });

  it('finds a discoverable profile by a word of its offerings, with a ranking score in [0,1]', async () => {
    const word = nonsenseWord();
    const supplier = await register(env, 'SUPPLIER', 'Laddbolaget AB');
    const id = await upsertProfile(env, supplier, { offerings: ['Laddboxar', `Lastbalansering ${word}`] });
    await env.drain();
    const result = await searchSuppliers(env, { query: word }, buyer.token);
    expect(result.totalHits).toBe(1);
    expect(result.hits.map((h) => [h.supplier.id, h.supplier.organization.id])).toEqual([[id, supplier.organizationId]]);
    expect(result.hits[0]!.rankingScore).toBeGreaterThan(0);
    expect(result.hits[0]!.rankingScore).toBeLessThanOrEqual(1);
  });

  it('hides the contact e-mail from a buyer who is not connected, shows it to an admin', async () => {
    const word = nonsenseWord();
    const supplier = await register(env, 'SUPPLIER');
    await upsertProfile(env, supplier, { headline: `Kontaktbolaget ${word}`, contactEmail: 'hemlig@kontakt.example' });
    await env.drain();
    const asBuyer = await searchSuppliers(env, { query: word }, buyer.token);
    expect(asBuyer.hits.map((h) => h.supplier.contactEmail)).toEqual([null]);
    const asAdmin = await searchSuppliers(env, { query: word }, admin.token);
    expect(asAdmin.hits.map((h) => h.supplier.contactEmail)).toEqual(['hemlig@kontakt.example']);
  });

  it('filters by company size and returns a companySize facet', async () => {
    const word = nonsenseWord();
    const small = await upsertProfile(env, await register(env, 'SUPPLIER'), { headline: `Liten ${word}`, companySize: 'SMALL' });
    const large = await upsertProfile(env, await register(env, 'SUPPLIER'), { headline: `Stor ${word}`, companySize: 'LARGE' });
    const micro = await upsertProfile(env, await register(env, 'SUPPLIER'), { headline: `Mikro ${word}`, companySize: 'MICRO' });
    await env.drain();
    const all = await searchSuppliers(env, { query: word }, buyer.token);
    expect(supplierIds(all).sort()).toEqual([small, large, micro].sort());
    expect(facet(all, 'companySize')).toEqual({ SMALL: 1, LARGE: 1, MICRO: 1 });
    expect(all.facets.map((f) => f.field).sort()).toEqual(['companySize', 'cpvDivisions', 'focusAreas', 'regionCodes']);
    const smallOnes = await searchSuppliers(env, { query: word, filter: { companySizes: ['SMALL', 'MICRO'] } }, buyer.token);
    expect(supplierIds(smallOnes).sort()).toEqual([small, micro].sort());
    expect(smallOnes.totalHits).toBe(2);
    expect(supplierIds(await searchSuppliers(env, { query: word, filter: { companySizes: ['MEDIUM'] } }, buyer.token))).toEqual(
      [],
    );
  });

  it('filters by CPV prefix and region: a supplier serving SE1 serves a need in SE110, not one in SE332', async () => {
    const word = nonsenseWord();
    const id = await upsertProfile(env, await register(env, 'SUPPLIER'), { headline: `Östra ${word}`, regionCodes: ['SE1'] });
    await env.drain();
    const search = (filter: Record<string, unknown>) =>
      searchSuppliers(env, { query: word, filter }, buyer.token).then(supplierIds);
    expect(await search({ regionCodes: ['SE110'] })).toEqual([id]);
    expect(await search({ regionCodes: ['SE332'] })).toEqual([]);
    expect(await search({ cpvPrefixes: ['3414'] })).toEqual([id]);
    expect(await search({ cpvPrefixes: ['72'] })).toEqual([]);
    expect(await search({ focusAreas: ['ENERGY'] })).toEqual([id]);
    expect(await search({ focusAreas: ['FOOD'] })).toEqual([]);
  });

  it('drops a profile from results once it is switched to discoverable: false, and brings it back when switched on', async () => {
    const word = nonsenseWord();
    const supplier = await register(env, 'SUPPLIER');
    const id = await upsertProfile(env, supplier, { headline: `Synligt bolag ${word}` });
    await env.drain();
    expect(supplierIds(await searchSuppliers(env, { query: word }, buyer.token))).toEqual([id]);
    await upsertProfile(env, supplier, { headline: `Synligt bolag ${word}`, discoverable: false });
    await env.drain();
    for (const token of [buyer.token, admin.token]) {
      const hidden = await searchSuppliers(env, { query: word }, token);
      expect({ totalHits: hidden.totalHits, ids: supplierIds(hidden) }).toEqual({ totalHits: 0, ids: [] });
    }
    await upsertProfile(env, supplier, { headline: `Synligt bolag ${word}`, discoverable: true });
    await env.drain();
    expect(supplierIds(await searchSuppliers(env, { query: word }, buyer.token))).toEqual([id]);
  });

  it('finds an edited profile by its new headline word only', async () => {
    const before = nonsenseWord();
    const after = nonsenseWord();
    const supplier = await register(env, 'SUPPLIER');
    const id = await upsertProfile(env, supplier, { headline: `Före ${before}` });
    await env.drain();
    await upsertProfile(env, supplier, { headline: `Efter ${after}` });
    await env.drain();
    expect(supplierIds(await searchSuppliers(env, { query: after }, buyer.token))).toEqual([id]);
    expect((await searchSuppliers(env, { query: before }, buyer.token)).totalHits).toBe(0);
  });

  it('validates paging and filter codes like searchNeeds', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ pageSize: 0 }, 'pageSize'],
      [{ pageSize: 101 }, 'pageSize'],
      [{ page: 0 }, 'page'],
      [{ filter: { cpvPrefixes: ['7x'] } }, 'filter.cpvPrefixes'],
      [{ filter: { regionCodes: ['SE999'] } }, 'filter.regionCodes'],
    ];
    for (const [args, field] of cases) {
      const err = await env.gql.fails(SEARCH_SUPPLIERS, args, buyer.token);
      expect({ args, code: err.extensions?.code, field: err.extensions?.field }).toEqual({ args, code: 'BAD_USER_INPUT', field });
    }
  });
});
