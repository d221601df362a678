import { CriteriaReplayService } from '@navet/matching';
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
import { CREATE_NEED, EXPRESS_INTEREST, PUBLISH, UPSERT_PROFILE } from './match-graphql';

const FIGURES = `{ evaluatedNeeds hitAt10 mrr ndcgAt10 coverage }`;
const RUN = `{ id status progress minScore maxSuggestionsPerNeed activeVersion error createdAt finishedAt
  weights { text cpv region focusArea readiness feedback } result ${FIGURES} activeResult ${FIGURES} createdBy { email } }`;
const START = `mutation($input: MatchCriteriaInput!) { startCriteriaEvaluation(input: $input) ${RUN} }`;
const GET = `query($id: ID!) { criteriaEvaluationRun(id: $id) ${RUN} }`;
const LIST = `query($first: Int) { criteriaEvaluationRuns(first: $first) ${RUN} }`;
const EVALUATE = `mutation($input: MatchCriteriaInput!) { evaluateMatchCriteria(input: $input) ${FIGURES} }`;
const ACTIVE = `query { matchCriteria { version minScore maxSuggestionsPerNeed weights { text cpv region focusArea readiness feedback } } }`;

interface RunView {
  id: string;
  status: string;
  progress: number;
  activeVersion: number;
  error: string | null;
  finishedAt: string | null;
  result: Record<string, number> | null;
  activeResult: Record<string, number> | null;
  createdBy: { email: string } | null;
}

const input = (over: Record<string, unknown> = {}) => ({
  weights: { text: 0.2, cpv: 0.5, region: 0.1, focusArea: 0.1, readiness: 0.05, feedback: 0.05 },
  minScore: 0.1,
  maxSuggestionsPerNeed: 10,
  ...over,
});

describe('background replay of match criteria (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;
  let supplier: Session;
  let otherBuyer: Session;

  const runs = async (): Promise<RunView[]> =>
    (await env.gql.ok<{ criteriaEvaluationRuns: RunView[] }>(LIST, { first: 50 }, admin.token)).criteriaEvaluationRuns;
  const start = async (over: Record<string, unknown> = {}): Promise<RunView> =>
    (await env.gql.ok<{ startCriteriaEvaluation: RunView }>(START, { input: input(over) }, admin.token)).startCriteriaEvaluation;
  const get = async (id: string): Promise<RunView | null> =>
    (await env.gql.ok<{ criteriaEvaluationRun: RunView | null }>(GET, { id }, admin.token)).criteriaEvaluationRun;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin);
    otherBuyer = await verifiedBuyer(env, admin, 'Annan kommun');
    supplier = await register(env, 'SUPPLIER');
    await env.gql.ok(UPSERT_PROFILE, { input: sampleProfile() }, supplier.token);
    await env.drain();
    // Recorded outcomes: the supplier is interested in two of three published needs.
    for (const title of [
      'Laddning av elbussar i Solna',
      'Laddinfrastruktur för kommunens bilpool',
      'Skolmåltider utan matsvinn',
    ]) {
      const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed({ title }) }, buyer.token))
        .createNeed.id;
      await env.gql.ok(PUBLISH, { id }, buyer.token);
      await env.drain();
      if (!title.startsWith('Skol')) await env.gql.ok(EXPRESS_INTEREST, { needId: id }, supplier.token);
    }
    await env.drain();
  });
  afterAll(() => env?.close());

  it('queues a run, replays it in the background and gives the dry run figures for candidate and active criteria', async () => {
    const queued = await start();
    expect(queued).toMatchObject({ status: 'QUEUED', progress: 0, activeVersion: 1, result: null, activeResult: null });
    expect(queued.createdBy).toEqual({ email: admin.email });
    await env.drain();

    const done = await get(queued.id);
    expect(done).toMatchObject({ status: 'DONE', progress: 1, error: null });
    expect(done!.finishedAt).not.toBeNull();
    const candidate = (
      await env.gql.ok<{ evaluateMatchCriteria: Record<string, number> }>(EVALUATE, { input: input() }, admin.token)
    ).evaluateMatchCriteria;
    expect(candidate.evaluatedNeeds).toBeGreaterThanOrEqual(2);
    expect(done!.result).toEqual(candidate);

    const {
      __typename: _t,
      version: _v,
      ...active
    } = (await env.gql.ok<{ matchCriteria: Record<string, unknown> }>(ACTIVE, {}, admin.token)).matchCriteria;
    const activeFigures = (
      await env.gql.ok<{ evaluateMatchCriteria: Record<string, number> }>(EVALUATE, { input: active }, admin.token)
    ).evaluateMatchCriteria;
    expect(done!.activeResult).toEqual(activeFigures);
  });

  it('does not recompute a finished run when its job runs again', async () => {
    const run = await start({ minScore: 0.3 });
    await env.drain();
    const first = await get(run.id);
    await env.worker.get(CriteriaReplayService).run(run.id);
    expect(await get(run.id)).toEqual(first);
  });

  it('lists runs newest first and returns null for an unknown run', async () => {
    const a = await start({ maxSuggestionsPerNeed: 5 });
    const b = await start({ maxSuggestionsPerNeed: 6 });
    const listed = await runs();
    expect(listed.slice(0, 2).map((r) => r.id)).toEqual([b.id, a.id]);
    const times = listed.map((r) => Date.parse((r as unknown as { createdAt: string }).createdAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(
      (await env.gql.ok<{ criteriaEvaluationRuns: RunView[] }>(LIST, { first: 1 }, admin.token)).criteriaEvaluationRuns.map(
        (r) => r.id,
      ),
    ).toEqual([b.id]);
    expect(await get('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await get('not-a-run')).toBeNull();
    await env.drain();
  });

  it('is for admins only', async () => {
    const run = (await runs())[0]!;
    for (const [who, token] of [
      ['buyer', buyer.token],
      ['other buyer', otherBuyer.token],
      ['supplier', supplier.token],
    ] as const) {
      expect([who, (await env.gql.fails(START, { input: input() }, token)).extensions?.code]).toEqual([who, 'FORBIDDEN']);
      expect([who, (await env.gql.fails(GET, { id: run.id }, token)).extensions?.code]).toEqual([who, 'FORBIDDEN']);
      expect([who, (await env.gql.fails(LIST, {}, token)).extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    expect((await env.gql.fails(START, { input: input() })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await env.gql.fails(GET, { id: run.id })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await env.gql.fails(LIST, {})).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validates the input with the offending field and stores no run', async () => {
    const before = (await runs()).length;
    const bad: [Record<string, unknown>, string][] = [
      [{ minScore: 1.5 }, 'minScore'],
      [{ maxSuggestionsPerNeed: 0 }, 'maxSuggestionsPerNeed'],
      [{ weights: { text: -1, cpv: 1, region: 0, focusArea: 0, readiness: 0, feedback: 0 } }, 'weights.text'],
      [{ weights: { text: 0, cpv: 0, region: 0, focusArea: 0, readiness: 0, feedback: 0 } }, 'weights'],
      [{ note: 'x'.repeat(501) }, 'note'],
      [{ similarNeedMinScore: 2 }, 'similarNeedMinScore'],
    ];
    for (const [over, field] of bad) {
      const err = await env.gql.fails(START, { input: input(over) }, admin.token);
      expect({ code: err.extensions?.code, field: err.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await runs()).toHaveLength(before);
  });
});
