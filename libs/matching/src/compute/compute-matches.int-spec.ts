import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { OutboxRelay } from '@navet/outbox';
import { JobPriority, JobProducer } from '@navet/queue';
import { MatchCriteriaService } from '../criteria/match-criteria.service';
import { DEFAULT_CRITERIA } from '../domain/criteria';
import { RematchOpenNeedsHandler } from '../jobs/rematch-open-needs.handler';
import { MatchLifecycleService } from '../lifecycle/match-lifecycle.service';
import { insertActor } from '@navet/testing';
import {
  createMatchingTestEnv,
  MatchingTestEnv,
  outboxCount,
  outboxPayloads,
  seedNeed,
  seedProfile,
} from '../test-support/matching-test-env';
import { ComputeForNeedService } from './compute-for-need.service';
import { ComputeForSupplierService } from './compute-for-supplier.service';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let ds: DataSource;
let admin: Actor;
let buyer: Actor;
let need: string;
const suppliers: Record<string, { actor: Actor; profileId: string }> = {};

interface StoredMatch {
  id: string;
  supplierId: string;
  status: string;
  score: number;
  criteriaVersion: number;
  components: { contribution: number; signal: string }[];
  explanation: string;
}

const stored = async (needId = need): Promise<StoredMatch[]> =>
  (
    await ds.query(
      `SELECT id, supplier_id AS "supplierId", status, score, criteria_version AS "criteriaVersion", components, explanation
         FROM matches WHERE need_id = $1 AND status <> 'WITHDRAWN' ORDER BY score DESC`,
      [needId],
    )
  ).map((r: StoredMatch) => ({ ...r, score: Number(r.score) }));

const computeNeed = (id = need) => env.app.get(ComputeForNeedService).compute(id);
const criteria = (over: Partial<typeof DEFAULT_CRITERIA>, rematch = true) =>
  env.app
    .get(MatchCriteriaService)
    .update(admin, { weights: { ...DEFAULT_CRITERIA.weights }, minScore: 0.25, maxSuggestionsPerNeed: 25, ...over }, rematch);

async function supplier(key: string, headline: string, cpv: string[], regions: string[], discoverable = true): Promise<void> {
  const actor = await insertActor(ds, 'SUPPLIER', { name: `${key} AB` });
  const profileId = await seedProfile(env, actor, {
    headline,
    cpvCodes: cpv,
    regionCodes: regions,
    focusAreas: ['TRANSPORT'],
    discoverable,
  });
  suppliers[key] = { actor, profileId };
}

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  admin = await insertActor(ds, 'ADMIN');
  buyer = await insertActor(ds, 'BUYER', { name: 'Stockholms stad' });
  need = await seedNeed(env, buyer, {
    title: 'Laddning av elfordon för hemtjänsten',
    description: 'Hemtjänstens elfordon behöver laddning vid baserna. Laddning ska bokas i en app.',
    cpvCodes: ['34144900-7'],
    regionCodes: ['SE110'],
    focusAreas: ['TRANSPORT'],
  });
  await supplier('charging', 'Laddning av elfordon för kommuner', ['34144900-7', '31158100-9'], ['SE1']);
  await supplier('vehicles', 'Elfordon och elbussar', ['34144910-0'], ['SE2']);
  await supplier('motor', 'Motorfordon för kommuner', ['34100000-8'], ['SE110']);
  await supplier('cleaning', 'Städning av kontor', ['90910000-9'], ['SE110']);
  await supplier('hidden', 'Laddning av elfordon för hemtjänsten', ['34144900-7'], ['SE110'], false);
});

afterAll(async () => {
  await env?.close();
});

describe('compute-for-need', () => {
  it('stores ranked, explained suggestions under the active criteria and announces each new one once', async () => {
    const result = await computeNeed();
    const matches = await stored();
    const ids = matches.map((m) => m.supplierId);
    expect(result.outcome).toBe('computed');
    expect(ids[0]).toBe(suppliers.charging.profileId);
    expect(ids).toEqual(expect.arrayContaining([suppliers.vehicles.profileId, suppliers.motor.profileId]));
    expect(ids).not.toContain(suppliers.cleaning.profileId);
    expect(ids).not.toContain(suppliers.hidden.profileId);
    for (const m of matches) {
      expect(m.status).toBe('SUGGESTED');
      expect(m.criteriaVersion).toBe(1);
      expect(m.score).toBeGreaterThanOrEqual(DEFAULT_CRITERIA.minScore);
      expect(m.components.map((c) => c.signal)).toEqual(['TEXT', 'CPV', 'REGION', 'FOCUS_AREA', 'READINESS', 'FEEDBACK']);
      expect(m.components.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(m.score, 4);
      expect(m.explanation.length).toBeGreaterThan(10);
    }
    const announced = (await outboxPayloads(ds, 'match.suggested')).map((p) => p.matchId).sort();
    expect(announced).toEqual(matches.map((m) => m.id).sort());
  });

  it('changes nothing and notifies nobody when run again, even when forced to recompute', async () => {
    const before = await stored();
    const events = await outboxCount(ds, 'match.suggested');
    expect((await computeNeed()).outcome).toBe('skipped');
    await ds.query(`DELETE FROM match_runs`);
    expect((await computeNeed()).inserted).toEqual([]);
    expect(await stored()).toEqual(before);
    expect(await outboxCount(ds, 'match.suggested')).toBe(events);
  });

  it('keeps a status a party set, records the new criteria version, and drops untouched suggestions that fell out', async () => {
    const vehicles = (await stored()).find((m) => m.supplierId === suppliers.vehicles.profileId)!;
    await env.app.get(MatchLifecycleService).expressInterest(suppliers.vehicles.actor, need);
    const events = await outboxCount(ds, 'match.suggested');

    const v2 = await criteria({ maxSuggestionsPerNeed: 1 });
    expect(v2.version).toBe(2);
    await computeNeed();
    const matches = await stored();
    expect(matches.map((m) => m.supplierId).sort()).toEqual([suppliers.charging.profileId, suppliers.vehicles.profileId].sort());
    expect(matches.every((m) => m.criteriaVersion === 2)).toBe(true);
    expect(matches.find((m) => m.supplierId === suppliers.vehicles.profileId)).toMatchObject({
      id: vehicles.id,
      status: 'INTERESTED',
    });
    expect(await outboxCount(ds, 'match.suggested')).toBe(events);
  });

  it('stores nothing below minScore', async () => {
    await criteria({ minScore: 0.99 });
    await computeNeed();
    expect((await stored()).map((m) => m.status)).toEqual(['INTERESTED']);
  });
});

describe('criteria re-match', () => {
  it('writes criteria.activated with the new version, and the re-match enqueues one bulk job per published need', async () => {
    const v = await criteria({ minScore: 0.25 });
    expect((await outboxPayloads(ds, 'criteria.activated')).pop()).toEqual({ criteriaVersion: String(v.version) });
    await env.app.get(RematchOpenNeedsHandler).handle({ criteriaVersion: String(v.version) });
    await env.app.get(OutboxRelay).drain();
    const job = await env.app.get(JobProducer).queue('matching').getJob(`matching.compute-for-need-${need}-v${v.version}`);
    expect(job?.name).toBe('matching.compute-for-need');
    expect(job?.data).toEqual({ needId: need });
    expect(job?.opts.priority).toBe(JobPriority.Bulk);
  });

  it('does not re-match when activated without rematch', async () => {
    const events = await outboxCount(ds, 'criteria.activated');
    await criteria({ minScore: 0.25 }, false);
    expect(await outboxCount(ds, 'criteria.activated')).toBe(events);
  });
});

describe('compute-for-supplier', () => {
  it('places a new matching profile on the open need and announces it once', async () => {
    await computeNeed();
    await supplier('newcomer', 'Laddning av elfordon i hemtjänsten', ['34144900-7'], ['SE110']);
    const service = env.app.get(ComputeForSupplierService);
    const result = await service.compute(suppliers.newcomer.profileId);
    expect(result.inserted).toHaveLength(1);
    const match = (await stored()).find((m) => m.supplierId === suppliers.newcomer.profileId);
    expect(match).toMatchObject({ id: result.inserted[0], status: 'SUGGESTED' });
    expect((await outboxPayloads(ds, 'match.suggested')).filter((p) => p.matchId === match!.id)).toHaveLength(1);
    expect((await service.compute(suppliers.newcomer.profileId)).outcome).toBe('skipped');
  });

  it('does not place a profile that would not rank within the need top list', async () => {
    await criteria({ maxSuggestionsPerNeed: 1 }, false);
    await supplier('weak', 'Motorfordon', ['34100000-8'], ['SE2']);
    const result = await env.app.get(ComputeForSupplierService).compute(suppliers.weak.profileId);
    expect(result.inserted).toEqual([]);
    expect((await stored()).map((m) => m.supplierId)).not.toContain(suppliers.weak.profileId);
  });

  it('withdraws a suggestion the supplier no longer earns and restores the same match later without announcing it again', async () => {
    const service = env.app.get(ComputeForSupplierService);
    const row = async () =>
      (
        (await ds.query(`SELECT id, status FROM matches WHERE need_id = $1 AND supplier_id = $2`, [
          need,
          suppliers.newcomer.profileId,
        ])) as { id: string; status: string }[]
      )[0];
    const before = await row();
    expect(before?.status).toBe('SUGGESTED');
    const events = await outboxCount(ds, 'match.suggested');

    await criteria({ minScore: 0.99, maxSuggestionsPerNeed: 10 }, false);
    expect((await service.compute(suppliers.newcomer.profileId)).inserted).toEqual([]);
    expect(await row()).toEqual({ id: before!.id, status: 'WITHDRAWN' });
    expect((await stored()).map((m) => m.supplierId)).not.toContain(suppliers.newcomer.profileId);

    await criteria({ minScore: 0.05, maxSuggestionsPerNeed: 10 }, false);
    expect((await service.compute(suppliers.newcomer.profileId)).inserted).toEqual([]);
    expect(await row()).toEqual({ id: before!.id, status: 'SUGGESTED' });
    expect(await outboxCount(ds, 'match.suggested')).toBe(events);
  });
});
