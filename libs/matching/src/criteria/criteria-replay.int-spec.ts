import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { insertActor, insertMatch } from '@navet/testing';
import { DEFAULT_CRITERIA } from '../domain/criteria';
import { EvaluateCriteriaHandler } from '../jobs/evaluate-criteria.handler';
import { createMatchingTestEnv, MatchingTestEnv, outboxCount, seedNeed, seedProfile } from '../test-support/matching-test-env';
import { CriteriaEvaluationService } from './criteria-evaluation.service';
import { CriteriaReplayService, shortError } from './criteria-replay.service';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let ds: DataSource;
let admin: Actor;

const candidate = { ...DEFAULT_CRITERIA, weights: { ...DEFAULT_CRITERIA.weights, cpv: 0.6 }, minScore: 0.1 };
const runRow = async (id: string) =>
  (
    (await ds.query(`SELECT status, progress, error, finished_at AS "finishedAt" FROM criteria_evaluation_runs WHERE id = $1`, [
      id,
    ])) as {
      status: string;
      progress: number;
      error: string | null;
      finishedAt: Date | null;
    }[]
  )[0];

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  admin = await insertActor(ds, 'ADMIN');
  const buyer = await insertActor(ds, 'BUYER', { name: 'Uppsala kommun' });
  const supplierId = await seedProfile(env, await insertActor(ds, 'SUPPLIER', { name: 'Laddbolaget' }), {
    headline: 'Laddning av elbussar',
    cpvCodes: ['34144900-7'],
    regionCodes: ['SE121'],
    focusAreas: ['TRANSPORT'],
  });
  for (const title of ['Laddning av elbussar i depå', 'Laddstolpar för bilpoolen']) {
    const needId = await seedNeed(env, buyer, {
      title,
      cpvCodes: ['34144900-7'],
      regionCodes: ['SE121'],
      focusAreas: ['TRANSPORT'],
    });
    await insertMatch(ds, needId, supplierId, { status: 'INTERESTED' });
  }
});

afterAll(async () => {
  await env?.close();
});

describe('criteria replay job', () => {
  it('stores the run and its job request in one transaction, and nothing for bad input', async () => {
    const replay = env.app.get(CriteriaReplayService);
    const before = await outboxCount(ds, 'criteria.evaluation-requested');
    const runs = async () =>
      ((await ds.query(`SELECT count(*)::int AS n FROM criteria_evaluation_runs`)) as { n: number }[])[0].n;
    const runsBefore = await runs();
    await expect(replay.start(admin, { ...candidate, minScore: 2 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await outboxCount(ds, 'criteria.evaluation-requested')).toBe(before);
    expect(await runs()).toBe(runsBefore);
    const run = await replay.start(admin, candidate);
    expect(run).toMatchObject({ status: 'QUEUED', progress: 0, activeVersion: 1, createdByUserId: admin.userId });
    expect(await outboxCount(ds, 'criteria.evaluation-requested')).toBe(before + 1);
  });

  it('restarts a run left RUNNING by a crashed attempt and finishes it with the dry run figures', async () => {
    const replay = env.app.get(CriteriaReplayService);
    const run = await replay.start(admin, candidate);
    await ds.query(`UPDATE criteria_evaluation_runs SET status = 'RUNNING', progress = 0.5, started_at = now() WHERE id = $1`, [
      run.id,
    ]);
    await env.app.get(EvaluateCriteriaHandler).handle({ runId: run.id });
    const done = await replay.get(admin, run.id);
    expect(done).toMatchObject({ status: 'DONE', progress: 1, error: null });
    const evaluation = env.app.get(CriteriaEvaluationService);
    expect(done!.result).toEqual(await evaluation.evaluate(admin, candidate));
    expect(done!.activeResult).toEqual(await evaluation.evaluate(admin, DEFAULT_CRITERIA));
    expect(done!.result!.evaluatedNeeds).toBe(2);
  });

  it('leaves finished runs alone and ignores unknown ids', async () => {
    const replay = env.app.get(CriteriaReplayService);
    const run = await replay.start(admin, candidate);
    await ds.query(`UPDATE criteria_evaluation_runs SET status = 'FAILED', error = 'boom', finished_at = now() WHERE id = $1`, [
      run.id,
    ]);
    const failed = await runRow(run.id);
    await env.app.get(EvaluateCriteriaHandler).handle({ runId: run.id });
    expect(await runRow(run.id)).toEqual(failed);
    await expect(
      env.app.get(EvaluateCriteriaHandler).handle({ runId: '00000000-0000-4000-8000-000000000000' }),
    ).resolves.toBeUndefined();
  });

  it('records a short error text, never a stack', () => {
    const err = new Error('first line\n    at somewhere (file.ts:1:1)');
    expect(shortError(err)).toBe('first line');
    expect(shortError(new Error('x'.repeat(1000))).length).toBeLessThanOrEqual(300);
    expect(shortError('')).toBe('replay failed');
  });
});
