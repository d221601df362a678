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
import {
  CREATE_NEED,
  MATCHES_FOR_NEED,
  MatchView,
  NOTIFICATIONS,
  NotificationView,
  PUBLISH,
  UPSERT_PROFILE,
} from './match-graphql';

const CRITERIA = `{ version minScore maxSuggestionsPerNeed note weights { text cpv region focusArea readiness feedback } createdBy { email } }`;
const ACTIVE = `query { matchCriteria ${CRITERIA} }`;
const HISTORY = `query { matchCriteriaHistory ${CRITERIA} }`;
const UPDATE = `mutation($input: MatchCriteriaInput!, $rematch: Boolean) { updateMatchCriteria(input: $input, rematch: $rematch) ${CRITERIA} }`;
const EVALUATE = `mutation($input: MatchCriteriaInput!) { evaluateMatchCriteria(input: $input) { evaluatedNeeds hitAt10 mrr ndcgAt10 coverage } }`;
const SAVE = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id name query cpvPrefixes regionCodes focusAreas } }`;
const SAVED = `query { savedSearches { id name } }`;
const DELETE_SAVED = `mutation($id: ID!) { deleteSavedSearch(id: $id) }`;

const input = (over: Record<string, unknown> = {}) => ({
  weights: { text: 0.2, cpv: 0.5, region: 0.1, focusArea: 0.1, readiness: 0.05, feedback: 0.05 },
  minScore: 0.2,
  maxSuggestionsPerNeed: 10,
  note: 'Mer vikt på CPV',
  ...over,
});

describe('match criteria and saved searches (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;
  let supplier: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin);
    supplier = await register(env, 'SUPPLIER');
    await env.gql.ok(UPSERT_PROFILE, { input: sampleProfile() }, supplier.token);
    await env.drain();
  });
  afterAll(() => env?.close());

  const publish = async (over: Record<string, unknown> = {}) => {
    const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed(over) }, buyer.token))
      .createNeed.id;
    await env.gql.ok(PUBLISH, { id }, buyer.token);
    await env.drain();
    return id;
  };

  it('starts at version 1 and lets only admins change or read the history', async () => {
    const active = (await env.gql.ok<{ matchCriteria: { version: number } }>(ACTIVE, {}, supplier.token)).matchCriteria;
    expect(active.version).toBe(1);
    expect((await env.gql.fails(HISTORY, {}, buyer.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(UPDATE, { input: input() }, buyer.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(UPDATE, { input: input() })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await env.gql.fails(EVALUATE, { input: input() }, supplier.token)).extensions?.code).toBe('FORBIDDEN');
  });

  it('validates criteria with the offending field and stores nothing', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ minScore: 1.5 }, 'minScore'],
      [{ maxSuggestionsPerNeed: 0 }, 'maxSuggestionsPerNeed'],
      [{ weights: { text: -1, cpv: 1, region: 0, focusArea: 0, readiness: 0, feedback: 0 } }, 'weights.text'],
      [{ weights: { text: 0, cpv: 0, region: 0, focusArea: 0, readiness: 0, feedback: 0 } }, 'weights'],
    ];
    for (const [over, field] of bad) {
      const err = await env.gql.fails(UPDATE, { input: input(over) }, admin.token);
      expect({ code: err.extensions?.code, field: err.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect((await env.gql.ok<{ matchCriteriaHistory: unknown[] }>(HISTORY, {}, admin.token)).matchCriteriaHistory).toHaveLength(
      1,
    );
  });

  it('evaluates candidate criteria as a dry run, then a new version re-scores open needs', async () => {
    const needId = await publish();
    const before = (await env.gql.ok<{ matchesForNeed: MatchView[] }>(MATCHES_FOR_NEED, { needId }, buyer.token)).matchesForNeed;
    expect(before[0]?.criteriaVersion).toBe(1);
    const evaluation = (
      await env.gql.ok<{ evaluateMatchCriteria: Record<string, number> }>(EVALUATE, { input: input() }, admin.token)
    ).evaluateMatchCriteria;
    for (const k of ['hitAt10', 'mrr', 'ndcgAt10', 'coverage']) {
      expect(evaluation[k]).toBeGreaterThanOrEqual(0);
      expect(evaluation[k]).toBeLessThanOrEqual(1);
    }
    expect((await env.gql.ok<{ matchCriteria: { version: number } }>(ACTIVE)).matchCriteria.version).toBe(1);
    const v2 = (
      await env.gql.ok<{ updateMatchCriteria: { version: number; note: string; createdBy: { email: string } } }>(
        UPDATE,
        { input: input() },
        admin.token,
      )
    ).updateMatchCriteria;
    expect(v2).toMatchObject({ version: 2, note: 'Mer vikt på CPV', createdBy: { email: admin.email } });
    await env.drain();
    const after = (await env.gql.ok<{ matchesForNeed: MatchView[] }>(MATCHES_FOR_NEED, { needId }, buyer.token)).matchesForNeed;
    expect(after.find((m) => m.id === before[0]!.id)).toMatchObject({ criteriaVersion: 2 });
    expect(after[0]!.components.find((c) => c.signal === 'CPV')!.weight).toBeCloseTo(0.5, 4);
  });

  it('saves searches per user and alerts on a newly published need that fits', async () => {
    const saved = (
      await env.gql.ok<{ saveSearch: { id: string; cpvPrefixes: string[] } }>(
        SAVE,
        { input: { name: 'Laddning i Stockholm', query: 'laddning', cpvPrefixes: ['3414'], regionCodes: ['SE1'] } },
        supplier.token,
      )
    ).saveSearch;
    expect(saved.cpvPrefixes).toEqual(['3414']);
    const err = await env.gql.fails(SAVE, { input: { name: 'Fel', cpvPrefixes: ['7x'] } }, supplier.token);
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cpvPrefixes' });
    const needId = await publish({ title: 'Laddning av elbussar i Solna' });
    const other = await publish({
      title: 'Skolmåltider utan matsvinn',
      cpvCodes: ['55524000-9'],
      regionCodes: ['SE332'],
      focusAreas: ['FOOD'],
    });
    const hits = (
      await env.gql.ok<{ notifications: NotificationView[] }>(NOTIFICATIONS, {}, supplier.token)
    ).notifications.filter((n) => n.type === 'SAVED_SEARCH_HIT');
    expect(hits.map((n) => n.needId)).toContain(needId);
    expect(hits.map((n) => n.needId)).not.toContain(other);
    expect((await env.gql.fails(DELETE_SAVED, { id: saved.id }, buyer.token)).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await env.gql.ok<{ deleteSavedSearch: boolean }>(DELETE_SAVED, { id: saved.id }, supplier.token)).deleteSavedSearch,
    ).toBe(true);
    expect((await env.gql.ok<{ savedSearches: unknown[] }>(SAVED, {}, supplier.token)).savedSearches).toHaveLength(0);
  });
});
