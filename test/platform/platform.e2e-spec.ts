import { waitForTask, MeiliClient } from '@navet/search';
import { createAdmin, createTestEnv, login, register, Session, TestEnv, verifiedBuyer } from '@navet/testing';
import {
  CLOSE_NEED,
  createNeed,
  hitIds,
  nonsenseWord,
  publishedNeed,
  searchNeeds,
  searchSuppliers,
  supplierIds,
  upsertProfile,
} from '../search/search-fixtures';

const STATS = `query { platformStats { publishedNeeds discoverableSuppliers suggestions connections buyerGroups } }`;
const REINDEX = `mutation { reindexSearch }`;

interface Stats {
  publishedNeeds: number;
  discoverableSuppliers: number;
  suggestions: number;
  connections: number;
  buyerGroups: number;
}

/** Operator views and repair: platform statistics and a full search rebuild. */
describe('platform: stats and reindexSearch (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;
  let meili: MeiliClient;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Plattformskommun');
    meili = env.api.get(MeiliClient);
  });
  afterAll(() => env.close());

  const stats = async () => (await env.gql.ok<{ platformStats: Stats }>(STATS, {}, admin.token)).platformStats;
  const reindex = async () => {
    expect((await env.gql.ok<{ reindexSearch: boolean }>(REINDEX, {}, admin.token)).reindexSearch).toBe(true);
    await env.drain();
  };

  it('counts published needs and discoverable suppliers; drafts and hidden profiles do not count', async () => {
    const before = await stats();
    await createNeed(env, buyer);
    expect((await stats()).publishedNeeds).toBe(before.publishedNeeds);
    const published = await publishedNeed(env, buyer);
    expect((await stats()).publishedNeeds).toBe(before.publishedNeeds + 1);
    await env.gql.ok(CLOSE_NEED, { id: published }, buyer.token);
    expect((await stats()).publishedNeeds).toBe(before.publishedNeeds);

    const supplier = await register(env, 'SUPPLIER');
    await upsertProfile(env, supplier);
    expect((await stats()).discoverableSuppliers).toBe(before.discoverableSuppliers + 1);
    await upsertProfile(env, supplier, { discoverable: false });
    expect((await stats()).discoverableSuppliers).toBe(before.discoverableSuppliers);
  });

  it('reports zero matches and buyer groups on a platform without any', async () => {
    expect(await stats()).toEqual(expect.objectContaining({ suggestions: expect.any(Number), connections: 0, buyerGroups: 0 }));
  });

  it('reindexSearch is for admins: buyers and suppliers FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    expect((await env.gql.fails(REINDEX, {}, buyer.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(REINDEX, {}, (await register(env, 'SUPPLIER')).token)).extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(REINDEX, {})).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('after a rebuild, search finds the same needs and suppliers as before', async () => {
    const word = nonsenseWord();
    const a = await publishedNeed(env, buyer, { title: `Före omindexering ${word}` });
    const b = await publishedNeed(env, buyer, { summary: `Också före omindexering ${word}` });
    await createNeed(env, buyer, { title: `Utkast ${word}` });
    const closed = await publishedNeed(env, buyer, { title: `Stängt ${word}` });
    await env.gql.ok(CLOSE_NEED, { id: closed }, buyer.token);
    const supplier = await upsertProfile(env, await register(env, 'SUPPLIER'), { headline: `Leverantör ${word}` });
    await upsertProfile(env, await register(env, 'SUPPLIER'), { headline: `Dold ${word}`, discoverable: false });
    await env.drain();

    const needsBefore = await searchNeeds(env, { query: word });
    const suppliersBefore = await searchSuppliers(env, { query: word }, buyer.token);
    expect(hitIds(needsBefore).sort()).toEqual([a, b].sort());
    expect(supplierIds(suppliersBefore)).toEqual([supplier]);

    await reindex();

    const needsAfter = await searchNeeds(env, { query: word });
    expect({ total: needsAfter.totalHits, ids: hitIds(needsAfter).sort() }).toEqual({ total: 2, ids: [a, b].sort() });
    const suppliersAfter = await searchSuppliers(env, { query: word }, buyer.token);
    expect({ total: suppliersAfter.totalHits, ids: supplierIds(suppliersAfter) }).toEqual({ total: 1, ids: [supplier] });
    // Filters and facets still work on the rebuilt index (its settings were applied too).
    const filtered = await searchNeeds(env, { query: word, filter: { cpvPrefixes: ['3414'], regionCodes: ['SE1'] } });
    expect(hitIds(filtered).sort()).toEqual([a, b].sort());
    expect(filtered.facets.find((f) => f.field === 'cpvDivisions')?.values).toEqual([{ value: '34', count: 2 }]);
  });

  it('brings back a need document deleted behind Navet’s back', async () => {
    const word = nonsenseWord();
    const id = await publishedNeed(env, buyer, { title: `Försvunnet behov ${word}` });
    await env.drain();
    expect(hitIds(await searchNeeds(env, { query: word }))).toEqual([id]);

    await waitForTask(meili.client.index(meili.needsIndexUid).deleteDocument(id));
    expect((await searchNeeds(env, { query: word })).totalHits).toBe(0);

    await reindex();
    expect(hitIds(await searchNeeds(env, { query: word }))).toEqual([id]);
  });

  it('brings back a supplier document deleted behind Navet’s back', async () => {
    const word = nonsenseWord();
    const id = await upsertProfile(env, await register(env, 'SUPPLIER'), { headline: `Försvunnen leverantör ${word}` });
    await env.drain();
    await waitForTask(meili.client.index(meili.suppliersIndexUid).deleteDocument(id));
    expect((await searchSuppliers(env, { query: word }, buyer.token)).totalHits).toBe(0);

    await reindex();
    expect(supplierIds(await searchSuppliers(env, { query: word }, buyer.token))).toEqual([id]);
  });

  it('never shows a draft even when a stray document for it sits in the index, and the rebuild removes the stray', async () => {
    const word = nonsenseWord();
    const draft = await createNeed(env, buyer, { title: `Läckt utkast ${word}` });
    await env.drain();
    await waitForTask(
      meili.client.index(meili.needsIndexUid).addDocuments([{ id: draft, title: `Läckt utkast ${word}` }], { primaryKey: 'id' }),
    );

    const leaked = await searchNeeds(env, { query: word });
    expect(leaked.hits).toEqual([]);

    await reindex();
    const cleaned = await searchNeeds(env, { query: word });
    expect({ total: cleaned.totalHits, hits: cleaned.hits }).toEqual({ total: 0, hits: [] });
  });

  it('keeps indexing normally after a rebuild: a need published afterwards is found', async () => {
    await reindex();
    const word = nonsenseWord();
    const id = await publishedNeed(env, buyer, { title: `Efter omindexering ${word}` });
    await env.drain();
    expect(hitIds(await searchNeeds(env, { query: word }))).toEqual([id]);
  });
});
