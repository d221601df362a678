import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { OutboxRelay } from '@navet/outbox';
import { JobPriority, JobProducer } from '@navet/queue';
import { IndexNeedsHandler } from '@navet/search';
import { insertActor, insertNeed } from '@navet/testing';
import { ComputeForNeedHandler } from '../jobs/compute-for-need.handler';
import { ComputeForSupplierHandler } from '../jobs/compute-for-supplier.handler';
import { createMatchingTestEnv, MatchingTestEnv, seedProfile } from '../test-support/matching-test-env';
import { NeedRanker } from './need-ranker.service';
import { PoolRematchService } from './pool-rematch.service';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let ds: DataSource;
let buyer: Actor;
let ranked: jest.SpyInstance;

/** What a worker does with the matching queue: relay the outbox, run every queued job, until nothing is left. */
async function work(): Promise<void> {
  const queue = env.app.get(JobProducer).queue('matching');
  for (;;) {
    await env.app.get(OutboxRelay).drain();
    const jobs = await queue.getJobs(['waiting', 'prioritized']);
    if (jobs.length === 0) return;
    for (const job of jobs) {
      const ctx = { jobId: job.id!, attempt: 1, priority: job.opts.priority };
      if (job.name === 'matching.compute-for-need') await env.app.get(ComputeForNeedHandler).handle(job.data, ctx);
      else if (job.name === 'matching.compute-for-supplier') await env.app.get(ComputeForSupplierHandler).handle(job.data);
      else throw new Error(`unexpected job ${job.name}`);
      await job.remove();
    }
  }
}

/** How often each need was matched from scratch (candidates generated and scored). */
const rankCounts = (): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const [need] of ranked.mock.calls as [{ id: string }][]) counts.set(need.id, (counts.get(need.id) ?? 0) + 1);
  return counts;
};

/** Needs an import publishes: their own jobs are bulk and say so, as the outbox routes a bulk `need.published`. */
async function importNeeds(titles: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) {
    // Imported needs are indexed in batches, which announce nothing (a single need's indexing asks for its matching).
    const id = await insertNeed(ds, buyer, {
      title,
      summary: title,
      description: title,
      cpvCodes: ['34144900-7'],
      regionCodes: ['SE110'],
      focusAreas: [],
    });
    await env.app.get(IndexNeedsHandler).handle({ needIds: [id] });
    await env.app.get(JobProducer).enqueue({
      name: 'matching.compute-for-need',
      payload: { needId: id, bulkPublished: true },
      jobId: `published-${id}`,
      priority: JobPriority.Bulk,
    });
    ids.push(id);
  }
  return ids;
}

async function importProfiles(headlines: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const headline of headlines) {
    const supplier = await insertActor(ds, 'SUPPLIER', { name: `${headline} AB` });
    ids.push(await seedProfile(env, supplier, { headline, cpvCodes: ['34144900-7'], regionCodes: ['SE110'] }));
  }
  return ids;
}

const suggestions = async (needIds: string[]): Promise<number> =>
  ((await ds.query(`SELECT count(*)::int AS n FROM matches WHERE need_id = ANY($1::uuid[])`, [needIds])) as { n: number }[])[0]!
    .n;

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  buyer = await insertActor(ds, 'BUYER', { name: 'Solna stad' });
  ranked = jest.spyOn(env.app.get(NeedRanker), 'rank');
});

afterEach(() => ranked.mockClear());

afterAll(async () => {
  ranked?.mockRestore();
  await env?.close();
});

describe('an import of profiles and needs', () => {
  it('matches each need once, by the hand-over, when its profiles are still on their way (before any mark)', async () => {
    const profiles = await importProfiles(['Laddning av elfordon', 'Laddstolpar för kommuner']);
    const pool = env.app.get(PoolRematchService);
    await pool.note(profiles, 'import-1');
    const needs = await importNeeds([
      'Laddning av elfordon i hemtjänsten',
      'Laddstolpar vid skolor',
      'Laddning vid depåer',
      'Laddning av elfordon för kommuner',
    ]);
    // Two profiles for four open needs: matched profile by profile, and the needs left to the hand-over once each.
    await work();
    expect(rankCounts().size).toBe(0);
    expect(await pool.handOver()).toMatchObject({ plan: 'PER_SUPPLIER', changedProfiles: 2 });
    await work();
    expect([...rankCounts().entries()].sort()).toEqual(needs.map((id) => [id, 1]).sort());
    expect(await suggestions(needs)).toBeGreaterThanOrEqual(needs.length);
  });

  it('matches each need once when the hand-over re-matches the open needs against the new pool', async () => {
    const profiles = await importProfiles([
      'Laddinfrastruktur',
      'Elbilsladdning',
      'Snabbladdare',
      'Laddboxar',
      'Laddtjänster',
      'Laddplatser',
      'Laddkort',
      'Laddpunkter',
    ]);
    const pool = env.app.get(PoolRematchService);
    await pool.note(profiles, 'import-2');
    const needs = await importNeeds(['Laddinfrastruktur för fordonsflottan']);
    await work();
    expect(await pool.handOver()).toMatchObject({ plan: 'REMATCH_NEEDS', changedProfiles: profiles.length });
    await work();
    const counts = rankCounts();
    // The new need, and the earlier ones whose candidates predate the new profiles: each once.
    expect(counts.get(needs[0]!)).toBe(1);
    expect(counts.size).toBe(5);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('matches a need published in bulk right away when no profiles wait for a hand-over', async () => {
    const [need] = await importNeeds(['Laddning av elfordon vid bibliotek']);
    await work();
    expect(rankCounts().get(need!)).toBe(1);
    expect(await suggestions([need!])).toBeGreaterThan(0);
  });
});
