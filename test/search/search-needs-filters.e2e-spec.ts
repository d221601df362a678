import { createAdmin, createTestEnv, login, Session, TestEnv, verifiedBuyer } from '@navet/testing';
import { facet, hitIds, publishedNeed, SEARCH_NEEDS, searchNeeds } from './search-fixtures';

/**
 * Filters, facets, paging and argument validation. One buyer owns a small fixed catalogue of needs,
 * and every search is scoped to it with buyerId so other tests' needs never interfere.
 */
describe('searchNeeds: filters, facets and paging (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;
  let other: Session;
  /** Stockholm, electric vehicles, transport + care, default readiness. */
  let stockholm: string;
  /** All of Sweden, IT services, digitalisation, market ready. */
  let sweden: string;
  /** Norrbotten, software, education, needs development. */
  let norrbotten: string;
  let othersNeed: string;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    const admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Filterkommun');
    other = await verifiedBuyer(env, admin, 'Annan kommun');
    stockholm = await publishedNeed(env, buyer, { title: 'Laddning i Stockholm', regionCodes: ['SE110'] });
    sweden = await publishedNeed(env, buyer, {
      title: 'Nationell e-tjänst för bygglov',
      cpvCodes: ['72000000-5'],
      regionCodes: ['SE'],
      focusAreas: ['DIGITALISATION'],
      readiness: 'MARKET_READY',
    });
    norrbotten = await publishedNeed(env, buyer, {
      title: 'Digitala läromedel på samiska',
      cpvCodes: ['72212000-4'],
      regionCodes: ['SE332'],
      focusAreas: ['EDUCATION'],
      readiness: 'NEEDS_DEVELOPMENT',
    });
    othersNeed = await publishedNeed(env, other, { title: 'Laddning hos grannen', regionCodes: ['SE110'] });
    await env.drain();
  });
  afterAll(() => env.close());

  const mine = async (filter: Record<string, unknown> = {}, query?: string) =>
    searchNeeds(env, { query, filter: { buyerId: buyer.organizationId, ...filter }, pageSize: 100 });
  const ids = async (filter: Record<string, unknown>) => hitIds(await mine(filter)).sort();

  it('buyerId keeps each buyer’s needs apart', async () => {
    expect(await ids({})).toEqual([stockholm, sweden, norrbotten].sort());
    expect(hitIds(await searchNeeds(env, { filter: { buyerId: other.organizationId } }))).toEqual([othersNeed]);
  });

  it('cpvPrefixes match leading digits of the codes: "34" and "3414" find the EV need, "72" does not', async () => {
    expect(await ids({ cpvPrefixes: ['34'] })).toEqual([stockholm]);
    expect(await ids({ cpvPrefixes: ['3414'] })).toEqual([stockholm]);
    expect(await ids({ cpvPrefixes: ['72'] })).toEqual([sweden, norrbotten].sort());
    expect(await ids({ cpvPrefixes: ['7221'] })).toEqual([norrbotten]);
    expect(await ids({ cpvPrefixes: ['34', '7221'] })).toEqual([stockholm, norrbotten].sort());
  });

  it('regionCodes overlap hierarchically: SE1 and SE110 find Stockholm (and all-of-Sweden), SE332 does not find Stockholm', async () => {
    expect(await ids({ regionCodes: ['SE1'] })).toEqual([stockholm, sweden].sort());
    expect(await ids({ regionCodes: ['SE110'] })).toEqual([stockholm, sweden].sort());
    expect(await ids({ regionCodes: ['SE332'] })).toEqual([sweden, norrbotten].sort());
    expect(await ids({ regionCodes: ['SE'] })).toEqual([stockholm, sweden, norrbotten].sort());
  });

  it('a foreign region filter finds neither Swedish needs nor the all-of-Sweden need', async () => {
    expect(await ids({ regionCodes: ['DK01'] })).toEqual([]);
  });

  it('focusAreas and readiness filter by any of the given values, and filters combine with AND', async () => {
    expect(await ids({ focusAreas: ['HEALTH_AND_CARE'] })).toEqual([stockholm]);
    expect(await ids({ focusAreas: ['EDUCATION', 'DIGITALISATION'] })).toEqual([sweden, norrbotten].sort());
    expect(await ids({ readiness: ['NEEDS_ADAPTATION'] })).toEqual([stockholm]);
    expect(await ids({ readiness: ['MARKET_READY', 'NEEDS_DEVELOPMENT'] })).toEqual([sweden, norrbotten].sort());
    expect(await ids({ cpvPrefixes: ['72'], regionCodes: ['SE110'] })).toEqual([sweden]);
    expect(await ids({ focusAreas: ['EDUCATION'], readiness: ['MARKET_READY'] })).toEqual([]);
  });

  it('filters combine with a text query', async () => {
    expect(hitIds(await mine({ regionCodes: ['SE332'] }, 'läromedel'))).toEqual([norrbotten]);
    expect(hitIds(await mine({ regionCodes: ['SE110'] }, 'läromedel'))).toEqual([]);
  });

  it('returns facets with counts for focusAreas, regionCodes, cpvDivisions and readiness', async () => {
    const result = await mine();
    expect(result.totalHits).toBe(3);
    expect(result.facets.map((f) => f.field).sort()).toEqual(['cpvDivisions', 'focusAreas', 'readiness', 'regionCodes']);
    expect(facet(result, 'focusAreas')).toEqual({ TRANSPORT: 1, HEALTH_AND_CARE: 1, DIGITALISATION: 1, EDUCATION: 1 });
    expect(facet(result, 'regionCodes')).toEqual({ SE110: 1, SE: 1, SE332: 1 });
    expect(facet(result, 'cpvDivisions')).toEqual({ '34': 1, '72': 2 });
    expect(facet(result, 'readiness')).toEqual({ NEEDS_ADAPTATION: 1, MARKET_READY: 1, NEEDS_DEVELOPMENT: 1 });
  });

  it('facets reflect the filtered result, not the whole index', async () => {
    const result = await mine({ cpvPrefixes: ['72'] });
    expect(facet(result, 'cpvDivisions')).toEqual({ '72': 2 });
    expect(facet(result, 'readiness')).toEqual({ MARKET_READY: 1, NEEDS_DEVELOPMENT: 1 });
  });

  it('pages through results: page 2 holds the rest, totalHits stays the total, pages do not overlap', async () => {
    const filter = { buyerId: buyer.organizationId };
    const page1 = await searchNeeds(env, { filter, page: 1, pageSize: 2 });
    const page2 = await searchNeeds(env, { filter, page: 2, pageSize: 2 });
    const page3 = await searchNeeds(env, { filter, page: 3, pageSize: 2 });
    expect([page1.totalHits, page2.totalHits]).toEqual([3, 3]);
    expect([page1.hits.length, page2.hits.length, page3.hits.length]).toEqual([2, 1, 0]);
    expect([...hitIds(page1), ...hitIds(page2)].sort()).toEqual([stockholm, sweden, norrbotten].sort());
  });

  it('refuses pageSize outside 1..100 and page below 1 with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ pageSize: 0 }, 'pageSize'],
      [{ pageSize: 101 }, 'pageSize'],
      [{ pageSize: -1 }, 'pageSize'],
      [{ page: 0 }, 'page'],
      [{ page: -3 }, 'page'],
    ];
    for (const [args, field] of cases) {
      const err = await env.gql.fails(SEARCH_NEEDS, args);
      expect({ args, code: err.extensions?.code, field: err.extensions?.field }).toEqual({ args, code: 'BAD_USER_INPUT', field });
    }
    expect((await searchNeeds(env, { pageSize: 100 })).hits.length).toBeGreaterThan(0);
    expect((await searchNeeds(env, { pageSize: 1 })).hits).toHaveLength(1);
  });

  it('refuses malformed filter codes with BAD_USER_INPUT instead of silently matching nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ cpvPrefixes: ['7x'] }, 'filter.cpvPrefixes'],
      [{ cpvPrefixes: ['3'] }, 'filter.cpvPrefixes'],
      [{ cpvPrefixes: ['341449001'] }, 'filter.cpvPrefixes'],
      [{ regionCodes: ['sweden!'] }, 'filter.regionCodes'],
      [{ regionCodes: ['SE999'] }, 'filter.regionCodes'],
    ];
    for (const [filter, field] of cases) {
      const err = await env.gql.fails(SEARCH_NEEDS, { filter });
      expect({ filter, code: err.extensions?.code, field: err.extensions?.field }).toEqual({
        filter,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('refuses an unknown enum value in a filter as a GraphQL input error, without data', async () => {
    const r = await env.gql.request(SEARCH_NEEDS, { filter: { focusAreas: ['SPACE_TRAVEL'] } });
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('treats search syntax in the query and quotes in buyerId as plain text', async () => {
    const weird = await searchNeeds(env, { query: '"laddning" AND (x OR y) -"', filter: { buyerId: 'x" OR buyerId != "y' } });
    expect({ totalHits: weird.totalHits, hits: weird.hits }).toEqual({ totalHits: 0, hits: [] });
  });
});
