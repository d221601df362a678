import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { OutboxRelay } from '@navet/outbox';
import { JobPriority, JobProducer } from '@navet/queue';
import { IndexSupplierHandler, waitForTask } from '@navet/search';
import { MatchCriteriaService } from '../criteria/match-criteria.service';
import { DEFAULT_CRITERIA } from '../domain/criteria';
import { insertActor } from '@navet/testing';
import { createMatchingTestEnv, MatchingTestEnv, seedNeed, seedProfile } from '../test-support/matching-test-env';
import { ComputeForNeedService } from './compute-for-need.service';
import { PoolRematchService } from './pool-rematch.service';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let ds: DataSource;
let admin: Actor;
let need: string;
const profiles: Record<string, string> = {};

const computeNeed = () => env.app.get(ComputeForNeedService).compute(need);
const relay = () => env.app.get(OutboxRelay).drain();
const newCriteria = (weights: Partial<typeof DEFAULT_CRITERIA.weights>) =>
  env.app
    .get(MatchCriteriaService)
    .update(admin, { weights: { ...DEFAULT_CRITERIA.weights, ...weights }, minScore: 0.1, maxSuggestionsPerNeed: 25 }, false);
const textOf = async (supplierId: string): Promise<number | undefined> => {
  const rows: { components: { signal: string; value: number }[] }[] = await ds.query(
    `SELECT components FROM matches WHERE need_id = $1 AND supplier_id = $2`,
    [need, supplierId],
  );
  return rows[0]?.components.find((c) => c.signal === 'TEXT')?.value;
};
const suggested = async (): Promise<string[]> =>
  (await ds.query(`SELECT supplier_id AS id FROM matches WHERE need_id = $1 AND status <> 'WITHDRAWN'`, [need])).map(
    (r: { id: string }) => r.id,
  );

async function profile(key: string, headline: string, cpv: string[]): Promise<void> {
  profiles[key] = await seedProfile(env, await insertActor(ds, 'SUPPLIER', { name: `${key} AB` }), {
    headline,
    cpvCodes: cpv,
    regionCodes: ['SE110'],
    focusAreas: ['TRANSPORT'],
  });
}

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  admin = await insertActor(ds, 'ADMIN');
  need = await seedNeed(env, await insertActor(ds, 'BUYER', { name: 'Solna stad' }), {
    title: 'Laddning av elfordon för hemtjänsten',
    description: 'Hemtjänstens elfordon behöver laddning vid baserna.',
    cpvCodes: ['34144900-7'],
    regionCodes: ['SE110'],
    focusAreas: ['TRANSPORT'],
  });
  await profile('charging', 'Laddning av elfordon för kommuner', ['34144900-7']);
  await profile('buses', 'Elbussar och laddning', ['34144910-0']);
});

afterAll(async () => {
  await env?.close();
});

describe('stored candidates', () => {
  it('are re-scored without searching after a criteria change; a bulk pool change makes the need search again', async () => {
    await computeNeed();
    const text = await textOf(profiles.charging!);
    expect(text).toBeGreaterThan(0);

    // Meilisearch no longer knows the profile (PostgreSQL still does): only a fresh search would lose it.
    await waitForTask(env.meili.client.index(env.meili.suppliersIndexUid).deleteDocument(profiles.charging!));
    await newCriteria({ region: 0.4 });
    expect((await computeNeed()).outcome).toBe('computed');
    expect(await suggested()).toContain(profiles.charging);
    expect(await textOf(profiles.charging!)).toBeCloseTo(text!, 10);

    // Another profile arrives in bulk: the pool changed, so the need's candidates are generated again.
    await profile('depots', 'Laddning av elfordon vid depåer', ['34144900-7']);
    const pool = env.app.get(PoolRematchService);
    await pool.note([profiles.depots!], 'test-depots');
    expect(await pool.handOver()).toMatchObject({ plan: 'REMATCH_NEEDS', changedProfiles: 1, enqueued: 1 });
    expect((await computeNeed()).outcome).toBe('computed');
    const now = await suggested();
    expect(now).toContain(profiles.depots);
    expect(now).not.toContain(profiles.charging);
    expect((await computeNeed()).outcome).toBe('skipped');
  });

  it('measure a profile edited since they were generated again', async () => {
    await env.app.get(IndexSupplierHandler).handle({ supplierId: profiles.charging! });
    const pool = env.app.get(PoolRematchService);
    await pool.note([profiles.charging!], 'test-charging');
    await pool.handOver();
    await computeNeed();
    const before = await textOf(profiles.buses!);
    await ds.query(
      `UPDATE supplier_profiles SET headline = 'Skolmåltider', description = 'Skolmåltider', version = version + 1,
              updated_at = now() WHERE id = $1`,
      [profiles.buses],
    );
    await env.app.get(IndexSupplierHandler).handle({ supplierId: profiles.buses! });
    await newCriteria({ region: 0.3 });
    await computeNeed();
    // "laddning" left the headline; only the CPV labels still share words with the need.
    expect(before).toBeGreaterThan(0);
    expect((await textOf(profiles.buses!)) ?? 0).toBeLessThan(before!);
  });
});

describe('pool hand-over', () => {
  it('debounces: notes from an import become one delayed hand-over job', async () => {
    const pool = env.app.get(PoolRematchService);
    await pool.note([profiles.charging!], 'batch-1');
    await pool.note([profiles.buses!], 'batch-2');
    await relay();
    const queue = env.app.get(JobProducer).queue('matching');
    const delayed = (await queue.getJobs(['delayed'])).filter((j) => j.name === 'matching.rematch-pool');
    expect(delayed.map((j) => j.id)).toEqual(['matching.rematch-pool-batch-2']);
    await queue.remove('matching.rematch-pool-batch-2');
    expect(await pool.handOver()).toMatchObject({ changedProfiles: 2 });
  });

  it('waits while the search queue still has work: more of the import is on its way', async () => {
    const pool = env.app.get(PoolRematchService);
    await pool.note([profiles.charging!], 'batch-4');
    await relay();
    const producer = env.app.get(JobProducer);
    await producer.queue('matching').remove('matching.rematch-pool-batch-4');
    await producer.enqueue({ name: 'search.index-supplier', payload: { supplierId: profiles.buses! }, jobId: 'busy' });
    expect(await pool.handOver('first')).toMatchObject({ plan: 'WAITING' });
    await relay();
    const again = (await producer.queue('matching').getJobs(['delayed'])).map((j) => j.id);
    expect(again).toEqual([expect.stringMatching(/^matching\.rematch-pool-first-w\d+$/)]);
    await producer.queue('matching').remove(again[0]!);
    await producer.queue('search').remove('busy');
    // A job waiting for its time (the reconcile scheduler's, a retry's backoff) is not work in progress.
    await producer.queue('search').add('search.reconcile', { requestId: 'later' }, { jobId: 'later', delay: 60_000 });
    expect(await pool.handOver()).toMatchObject({ changedProfiles: 1 });
    await producer.queue('search').remove('later');
  });

  it('matches a few changed profiles one by one when there are many open needs', async () => {
    const pool = env.app.get(PoolRematchService);
    // A need left stale by an earlier hand-over is enqueued again by every hand-over until matched.
    expect(await pool.handOver()).toMatchObject({ plan: 'PER_SUPPLIER', changedProfiles: 0, enqueued: 1 });
    await computeNeed();
    expect(await pool.handOver()).toMatchObject({ plan: 'PER_SUPPLIER', changedProfiles: 0, enqueued: 0 });
    const buyer = await insertActor(ds, 'BUYER', { name: 'Sundbybergs stad' });
    for (let i = 0; i < 3; i++)
      await seedNeed(env, buyer, { title: `Laddplatser ${i}`, cpvCodes: ['34144900-7'], regionCodes: ['SE110'] });
    await pool.note([profiles.depots!], 'batch-3');
    // The profile, and the three needs not matched yet (their own jobs would; a duplicate is skipped).
    expect(await pool.handOver()).toMatchObject({ plan: 'PER_SUPPLIER', changedProfiles: 1, enqueued: 4 });
    await relay();
    const jobs = await env.app.get(JobProducer).queue('matching').getJobs(['waiting', 'prioritized']);
    const job = jobs.find((j) => j.name === 'matching.compute-for-supplier');
    expect(job?.data).toEqual({ supplierId: profiles.depots });
    expect(job?.opts.priority).toBe(JobPriority.Bulk);
  });
});
