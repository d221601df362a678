import { createAdmin, createTestEnv, login, Session, TestEnv, verifiedBuyer } from '@navet/testing';
import { publishedNeed, UPDATE_NEED } from './search-fixtures';

const SEARCH = `query($query: String, $filter: NeedSearchFilter, $sort: NeedSearchSort, $pageSize: Int) {
  searchNeeds(query: $query, filter: $filter, sort: $sort, pageSize: $pageSize) {
    totalHits
    hits { need { id estimatedValueSek estimatedValueSekBig } }
  }
}`;
const REINDEX = `mutation { reindexSearch }`;
const DAY = 86_400_000;

/**
 * Sort orders and the filters beside the contract's (dialogue open, value range, stage, language).
 * One buyer owns four needs and every search is scoped to it with buyerId.
 */
describe('searchNeeds: sort orders and value/deadline/stage/language filters (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;
  /** 1 MSEK, deadline in 10 days, Swedish. */
  let million: string;
  /** 5 bn SEK (above 2^31), deadline in 2 days, English, moved on to PROCUREMENT (publishing sets MARKET_DIALOGUE). */
  let billions: string;
  /** No value, no deadline, Swedish. */
  let open: string;
  /** 50 kSEK, deadline already passed, Swedish. */
  let passed: string;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    const admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Sorteringskommun');
    const inDays = (d: number) => new Date(Date.now() + d * DAY).toISOString();
    million = await publishedNeed(env, buyer, {
      title: 'Sorteringsprov ett',
      estimatedValueSek: 1_000_000,
      dialogueDeadline: inDays(10),
    });
    billions = await publishedNeed(env, buyer, {
      title: 'Sorteringsprov två',
      language: 'en',
      estimatedValueSekBig: 5_000_000_000,
      dialogueDeadline: inDays(2),
    });
    await env.gql.ok(UPDATE_NEED, { id: billions, input: { expectedVersion: 2, stage: 'PROCUREMENT' } }, buyer.token);
    open = await publishedNeed(env, buyer, { title: 'Sorteringsprov tre' });
    passed = await publishedNeed(env, buyer, {
      title: 'Sorteringsprov fyra',
      estimatedValueSek: 50_000,
      dialogueDeadline: inDays(5),
    });
    // A deadline cannot be set in the past through the API; time passing is simulated in the database,
    // and the admin reindex rebuilds the index from PostgreSQL (the path existing indexes take after a deploy).
    await env.ds.query(`UPDATE needs SET dialogue_deadline = now() - interval '1 day' WHERE id = $1`, [passed]);
    await env.drain();
    await env.gql.ok(REINDEX, {}, admin.token);
    await env.drain();
  });
  afterAll(() => env?.close());

  type Hit = { need: { id: string; estimatedValueSek: number | null; estimatedValueSekBig: number | null } };
  const search = async (args: { query?: string; filter?: Record<string, unknown>; sort?: string }) =>
    (
      await env.gql.ok<{ searchNeeds: { totalHits: number; hits: Hit[] } }>(SEARCH, {
        ...args,
        filter: { buyerId: buyer.organizationId, ...args.filter },
        pageSize: 100,
      })
    ).searchNeeds;
  const ids = async (args: { query?: string; filter?: Record<string, unknown>; sort?: string }) =>
    (await search(args)).hits.map((h) => h.need.id);
  const set = async (filter: Record<string, unknown>) => (await ids({ filter })).sort();

  it('NEWEST lists by publication, latest first, with or without words', async () => {
    expect(await ids({ sort: 'NEWEST' })).toEqual([passed, open, billions, million]);
    expect(await ids({ sort: 'NEWEST', query: 'sorteringsprov' })).toEqual([passed, open, billions, million]);
    // The explicit order wins over relevance: the best match for "tre" is not moved to the top.
    expect(await ids({ sort: 'NEWEST', query: 'sorteringsprov tre' })).toEqual([passed, open, billions, million]);
    expect(await ids({ sort: 'VALUE_HIGHEST', query: 'sorteringsprov tre' })).toEqual([billions, million, passed, open]);
  });

  it('RELEVANCE is the default: without words newest first, with words the best match first', async () => {
    expect(await ids({})).toEqual([passed, open, billions, million]);
    expect(await ids({ sort: 'RELEVANCE' })).toEqual([passed, open, billions, million]);
    expect((await ids({ query: 'sorteringsprov tre' }))[0]).toBe(open);
  });

  it('DEADLINE_SOONEST puts the earliest deadline first and needs without one last', async () => {
    expect(await ids({ sort: 'DEADLINE_SOONEST' })).toEqual([passed, billions, million, open]);
    expect(await ids({ sort: 'DEADLINE_SOONEST', filter: { openForDialogue: true } })).toEqual([billions, million, open]);
  });

  it('VALUE_HIGHEST puts the largest value first (above 2^31 too) and needs without a value last', async () => {
    const r = await search({ sort: 'VALUE_HIGHEST', query: 'sorteringsprov' });
    expect(r.hits.map((h) => h.need.id)).toEqual([billions, million, passed, open]);
    expect(r.hits[0]!.need).toMatchObject({ estimatedValueSek: null, estimatedValueSekBig: 5_000_000_000 });
    expect(r.hits[1]!.need).toMatchObject({ estimatedValueSek: 1_000_000, estimatedValueSekBig: 1_000_000 });
  });

  it('openForDialogue: true keeps needs without a deadline or with one ahead; false the passed ones', async () => {
    expect(await set({ openForDialogue: true })).toEqual([million, billions, open].sort());
    expect(await set({ openForDialogue: false })).toEqual([passed]);
    expect(await set({ openForDialogue: null })).toEqual([million, billions, open, passed].sort());
  });

  it('minValueSek and maxValueSek are inclusive and leave out needs without a value', async () => {
    expect(await set({ minValueSek: 1_000_000 })).toEqual([million, billions].sort());
    expect(await set({ maxValueSek: 1_000_000 })).toEqual([million, passed].sort());
    expect(await set({ minValueSek: 50_000, maxValueSek: 50_000 })).toEqual([passed]);
    expect(await set({ minValueSek: 3_000_000_000 })).toEqual([billions]);
    expect(await set({ minValueSek: 0 })).toEqual([million, billions, passed].sort());
  });

  it('stages and languages filter by any of the given values; language codes are case-insensitive', async () => {
    expect(await set({ stages: ['PROCUREMENT'] })).toEqual([billions]);
    expect(await set({ stages: ['MARKET_DIALOGUE'] })).toEqual([million, open, passed].sort());
    expect(await set({ stages: ['PROCUREMENT', 'CONTRACTED'] })).toEqual([billions]);
    expect(await set({ stages: ['NEED_ANALYSIS'] })).toEqual([]);
    expect(await set({ languages: ['en'] })).toEqual([billions]);
    expect(await set({ languages: ['SV'] })).toEqual([million, open, passed].sort());
    expect(await set({ languages: ['en', 'sv'], minValueSek: 100_000, openForDialogue: true })).toEqual(
      [million, billions].sort(),
    );
  });

  it('refuses bad values, ranges and language codes with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ minValueSek: -1 }, 'filter.minValueSek'],
      [{ minValueSek: 1.5 }, 'filter.minValueSek'],
      [{ maxValueSek: -5 }, 'filter.maxValueSek'],
      [{ maxValueSek: 2 ** 60 }, 'filter.maxValueSek'],
      [{ minValueSek: 10, maxValueSek: 9 }, 'filter.minValueSek'],
      [{ languages: ['svenska'] }, 'filter.languages'],
      [{ languages: ['s1'] }, 'filter.languages'],
      [{ languages: [''] }, 'filter.languages'],
    ];
    for (const [filter, field] of cases) {
      const err = await env.gql.fails(SEARCH, { filter });
      expect({ filter, code: err.extensions?.code, field: err.extensions?.field }).toEqual({
        filter,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('refuses an unknown sort or stage as a GraphQL input error, without data', async () => {
    for (const vars of [{ sort: 'CHEAPEST' }, { filter: { stages: ['DREAMING'] } }]) {
      const r = await env.gql.request(SEARCH, vars);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
