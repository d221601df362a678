import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { OutboxRelay } from '@navet/outbox';
import { JobProducer } from '@navet/queue';
import { insertActor } from '@navet/testing';
import { MatchCriteriaService } from '../criteria/match-criteria.service';
import { DEFAULT_CRITERIA } from '../domain/criteria';
import { ComputeForNeedHandler } from '../jobs/compute-for-need.handler';
import { RematchOpenNeedsHandler } from '../jobs/rematch-open-needs.handler';
import { createMatchingTestEnv, MatchingTestEnv, outboxCount, seedNeed, seedProfile } from '../test-support/matching-test-env';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let ds: DataSource;
let admin: Actor;
let need: string;

/** What a worker would do with the matching queue: relay the outbox, run every queued job, until nothing is left. */
async function work(): Promise<void> {
  const queue = env.app.get(JobProducer).queue('matching');
  for (;;) {
    await env.app.get(OutboxRelay).drain();
    const jobs = await queue.getJobs(['waiting', 'prioritized']);
    if (jobs.length === 0) return;
    for (const job of jobs) {
      const ctx = { jobId: job.id!, attempt: 1 };
      if (job.name === 'matching.compute-for-need') await env.app.get(ComputeForNeedHandler).handle(job.data, ctx);
      else if (job.name === 'matching.rematch-open-needs') await env.app.get(RematchOpenNeedsHandler).handle(job.data);
      else throw new Error(`unexpected job ${job.name}`);
      await job.remove();
    }
  }
}

/** An hour later: completed jobs are evicted, so the queue no longer knows any job id. */
const forgetJobIds = async () => {
  for (const q of env.app.get(JobProducer).allQueues()) await q.obliterate({ force: true });
};

const state = async () => ({
  matches: (
    (await ds.query(`SELECT supplier_id AS id FROM matches WHERE need_id = $1 AND status <> 'WITHDRAWN' ORDER BY 1`, [need])) as {
      id: string;
    }[]
  ).map((r) => r.id),
  announced: await outboxCount(ds, 'match.suggested'),
});

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  admin = await insertActor(ds, 'ADMIN');
  need = await seedNeed(env, await insertActor(ds, 'BUYER', { name: 'Uppsala kommun' }), {
    title: 'Laddning av elbussar i depå',
    cpvCodes: ['34144900-7'],
    regionCodes: ['SE121'],
    focusAreas: ['TRANSPORT'],
  });
  for (const [name, headline] of [
    ['Laddbolaget', 'Laddning av elbussar'],
    ['Depåbolaget', 'Laddning i bussdepåer'],
  ] as const) {
    await seedProfile(env, await insertActor(ds, 'SUPPLIER', { name: name }), {
      headline,
      cpvCodes: ['34144900-7'],
      regionCodes: ['SE121'],
      focusAreas: ['TRANSPORT'],
    });
  }
  // The seeding's own follow-ups (indexed profiles) are not what these tests replay.
  await ds.query(`UPDATE outbox SET published_at = now()`);
});

afterAll(async () => {
  await env?.close();
});

describe('matching follow-up work replayed', () => {
  it('suggests and announces each pair once when a need.indexed row is relayed again after the queue forgot its jobs', async () => {
    // A user's need is matched once indexed: need.indexed is the row that causes its matching job.
    await ds.query(`INSERT INTO outbox (event_type, aggregate_id, payload) VALUES ('need.indexed', $1, $2::jsonb)`, [
      need,
      JSON.stringify({ needId: need }),
    ]);
    // The need is indexed already; only its matching job is run here.
    await env.app.get(OutboxRelay).drain();
    for (const q of ['search', 'notifications'] as const) await env.app.get(JobProducer).queue(q).obliterate({ force: true });
    await work();
    const once = await state();
    expect(once.matches).toHaveLength(2);
    expect(once.announced).toBe(2);

    await forgetJobIds();
    await ds.query(`UPDATE outbox SET published_at = NULL WHERE event_type = 'need.indexed'`);
    await work();
    expect(await state()).toEqual(once);
  });

  it('matches the open needs once per criteria version when the re-match runs again an hour apart', async () => {
    const v = await env.app
      .get(MatchCriteriaService)
      .update(admin, { weights: { ...DEFAULT_CRITERIA.weights, region: 0.3 }, minScore: 0.1, maxSuggestionsPerNeed: 25 }, true);
    const runs = async () =>
      (
        (await ds.query(`SELECT criteria_version AS v, computed_at AS at FROM match_runs WHERE subject_id = $1`, [need])) as {
          v: number;
          at: Date;
        }[]
      )[0];
    await work();
    const first = await runs();
    expect(first?.v).toBe(v.version);
    const after = await state();
    expect(await outboxCount(ds, 'need.compute-requested')).toBe(1);

    await forgetJobIds();
    await env.app.get(RematchOpenNeedsHandler).handle({ criteriaVersion: String(v.version) });
    await work();
    // A second request was written and relayed under the same cause; the matcher's run record skipped it.
    expect(await outboxCount(ds, 'need.compute-requested')).toBe(2);
    expect(await runs()).toEqual(first);
    expect(await state()).toEqual(after);
  });
});
