import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { ComputeForNeedService } from '../compute/compute-for-need.service';
import { CriteriaEvaluationService } from '../criteria/criteria-evaluation.service';
import { MatchCriteriaService } from '../criteria/match-criteria.service';
import { DEFAULT_CRITERIA } from '../domain/criteria';
import { MatchQueryService } from '../queries/match-query.service';
import { insertActor } from '@navet/testing';
import {
  createMatchingTestEnv,
  failure,
  MatchingTestEnv,
  outboxCount,
  outboxPayloads,
  NeedSeed,
  seedNeed,
  seedProfile,
} from '../test-support/matching-test-env';
import { MatchLifecycleService } from './match-lifecycle.service';

jest.setTimeout(60_000);

let env: MatchingTestEnv;
let ds: DataSource;
let lifecycle: MatchLifecycleService;
let queries: MatchQueryService;
let admin: Actor;
let buyer: Actor;
let otherBuyer: Actor;
let charging: Actor;
let vehicles: Actor;
let noProfile: Actor;
let hidden: Actor;
let motor: Actor;
let cleaning: Actor;
let cleaningProfile: string;
let chargingProfile: string;
let vehiclesProfile: string;
let hiddenProfile: string;
let need: string;
let draft: string;
let closed: string;
let expired: string;

const needSeed: NeedSeed = {
  title: 'Laddning av elfordon för hemtjänsten',
  cpvCodes: ['34144900-7'],
  regionCodes: ['SE110'],
  focusAreas: ['TRANSPORT'],
};

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  lifecycle = env.app.get(MatchLifecycleService);
  queries = env.app.get(MatchQueryService);
  admin = await insertActor(ds, 'ADMIN');
  buyer = await insertActor(ds, 'BUYER');
  otherBuyer = await insertActor(ds, 'BUYER');
  [charging, vehicles, noProfile, hidden, motor, cleaning] = await Promise.all(
    [1, 2, 3, 4, 5, 6].map((i) => insertActor(ds, 'SUPPLIER', { name: `Supplier ${i}` })),
  );
  await seedProfile(env, motor, { headline: 'Motorfordon för kommuner', cpvCodes: ['34100000-8'], regionCodes: ['SE110'] });
  chargingProfile = await seedProfile(env, charging, {
    headline: 'Laddning av elfordon för kommuner',
    cpvCodes: ['34144900-7'],
    regionCodes: ['SE1'],
  });
  vehiclesProfile = await seedProfile(env, vehicles, { headline: 'Elbussar', cpvCodes: ['34144910-0'], regionCodes: ['SE2'] });
  hiddenProfile = await seedProfile(env, hidden, {
    headline: 'Laddning',
    cpvCodes: ['34144900-7'],
    regionCodes: ['SE1'],
    discoverable: false,
  });
  cleaningProfile = await seedProfile(env, cleaning, {
    headline: 'Städning av kontor',
    cpvCodes: ['90910000-9'],
    regionCodes: ['SE332'],
  });
  need = await seedNeed(env, buyer, needSeed);
  draft = await seedNeed(env, buyer, { ...needSeed, status: 'DRAFT' });
  closed = await seedNeed(env, buyer, { ...needSeed, status: 'CLOSED' });
  expired = await seedNeed(env, buyer, { ...needSeed, dialogueDeadline: new Date(Date.now() - 86_400_000) });
  await env.app.get(ComputeForNeedService).compute(need);
});

afterAll(async () => {
  await env?.close();
});

const matchOf = async (supplierId: string) =>
  (await queries.matchesForNeed(buyer, need, 50)).find((m) => m.supplierId === supplierId)!;

describe('interest and invitation', () => {
  it('interest on a suggestion makes it INTERESTED, bumps the version and tells the buyer once', async () => {
    const before = await matchOf(chargingProfile);
    expect(before.status).toBe('SUGGESTED');
    const m = await lifecycle.expressInterest(charging, need, 'Vi vill gärna berätta mer');
    expect(m).toMatchObject({
      id: before.id,
      status: 'INTERESTED',
      supplierInterested: true,
      buyerInvited: false,
      version: before.version + 1,
    });
    await lifecycle.expressInterest(charging, need);
    expect(await outboxPayloads(ds, 'match.interest-expressed')).toEqual([{ matchId: m.id }]);
  });

  it('an invitation after interest connects both sides with only the connected event', async () => {
    const m = await lifecycle.inviteSupplier(buyer, need, chargingProfile, 'Välkommen till dialog');
    expect(m).toMatchObject({ status: 'CONNECTED', supplierInterested: true, buyerInvited: true });
    expect(m.connectedAt).toBeInstanceOf(Date);
    // Both sides' words stay on the match, with when they were given (the dialogue opens with them).
    expect(m).toMatchObject({ interestMessage: 'Vi vill gärna berätta mer', invitationMessage: 'Välkommen till dialog' });
    expect(m.interestedAt).toBeInstanceOf(Date);
    expect(m.invitedAt!.getTime()).toBeGreaterThanOrEqual(m.interestedAt!.getTime());
    expect(await outboxPayloads(ds, 'match.connected')).toEqual([{ matchId: m.id }]);
    expect(await outboxCount(ds, 'match.invited')).toBe(0);
  });

  it('an invitation creates an explained match when none exists, then interest connects it', async () => {
    expect((await queries.myMatches(cleaning, null, 50)).length).toBe(0);
    const invited = await lifecycle.inviteSupplier(buyer, need, cleaningProfile);
    expect(invited).toMatchObject({ status: 'INVITED', origin: 'BUYER', buyerInvited: true, criteriaVersion: 1 });
    expect(invited.invitedAt).toBeInstanceOf(Date);
    expect(invited.interestedAt).toBeNull();
    expect(invited.components).toHaveLength(6);
    expect(invited.explanation.length).toBeGreaterThan(10);
    expect(await outboxPayloads(ds, 'match.invited')).toEqual([{ matchId: invited.id }]);
    const connected = await lifecycle.expressInterest(cleaning, need);
    expect(connected).toMatchObject({ id: invited.id, status: 'CONNECTED' });
  });

  it('interest creates a supplier-originated match when the supplier found the need itself', async () => {
    const other = await seedNeed(env, otherBuyer, { ...needSeed, title: 'Elbussar för linjetrafik' });
    const m = await lifecycle.expressInterest(vehicles, other);
    expect(m).toMatchObject({ status: 'INTERESTED', origin: 'SUPPLIER', criteriaVersion: 1 });
    expect(m.score).toBeGreaterThan(0);
  });

  it('refuses with the contract error codes', async () => {
    expect(await failure(lifecycle.expressInterest(charging, draft))).toEqual({ code: 'NOT_FOUND', field: undefined });
    expect((await failure(lifecycle.expressInterest(charging, 'not-an-id'))).code).toBe('NOT_FOUND');
    expect((await failure(lifecycle.expressInterest(charging, closed))).code).toBe('INVALID_STATE');
    expect((await failure(lifecycle.expressInterest(charging, expired))).code).toBe('INVALID_STATE');
    expect((await failure(lifecycle.expressInterest(noProfile, need))).code).toBe('INVALID_STATE');
    expect(await failure(lifecycle.expressInterest(charging, need, 'x'.repeat(2001)))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'message',
    });
    expect((await failure(lifecycle.inviteSupplier(otherBuyer, need, chargingProfile))).code).toBe('FORBIDDEN');
    expect((await failure(lifecycle.inviteSupplier(otherBuyer, draft, chargingProfile))).code).toBe('NOT_FOUND');
    expect((await failure(lifecycle.inviteSupplier(buyer, need, hiddenProfile))).code).toBe('NOT_FOUND');
    expect((await failure(lifecycle.inviteSupplier(buyer, closed, chargingProfile))).code).toBe('INVALID_STATE');
  });
});

describe('decline and rating', () => {
  it('either party declines for good; outsiders learn nothing', async () => {
    const target = (await queries.matchesForNeed(buyer, need, 50)).find((m) => m.status === 'SUGGESTED')!;
    expect((await failure(lifecycle.declineMatch(otherBuyer, target.id))).code).toBe('NOT_FOUND');
    expect(await failure(lifecycle.declineMatch(buyer, target.id, 'y'.repeat(2001)))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(await outboxCount(ds, 'match.declined')).toBe(0);
    const declined = await lifecycle.declineMatch(buyer, target.id, 'Passar inte');
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declinedBy: 'BUYER',
      declineReason: 'Passar inte',
      version: target.version + 1,
    });
    // The other side is told through the outbox; declining again tells nobody twice.
    await lifecycle.declineMatch(buyer, target.id);
    expect(await outboxPayloads(ds, 'match.declined')).toEqual([{ matchId: target.id }]);
    expect((await failure(lifecycle.inviteSupplier(buyer, need, target.supplierId))).code).toBe('INVALID_STATE');
  });

  it('stores one rating per organization, last one wins', async () => {
    const m = await matchOf(chargingProfile);
    await lifecycle.rateMatch(charging, m.id, false);
    await lifecycle.rateMatch(charging, m.id, true);
    await lifecycle.rateMatch(buyer, m.id, true);
    expect(await ds.query(`SELECT relevant FROM match_ratings WHERE match_id = $1`, [m.id])).toEqual([
      { relevant: true },
      { relevant: true },
    ]);
    expect((await failure(lifecycle.rateMatch(otherBuyer, m.id, true))).code).toBe('NOT_FOUND');
  });
});

describe('queries', () => {
  it('shows a need its matches best first, to its buyer and admins only', async () => {
    const list = await queries.matchesForNeed(buyer, need, 50);
    expect(list.map((m) => m.score)).toEqual([...list.map((m) => m.score)].sort((a, b) => b - a));
    expect(list.map((m) => m.status)).toEqual(expect.arrayContaining(['CONNECTED', 'DECLINED']));
    expect(await queries.matchesForNeed(admin, need, 50)).toHaveLength(list.length);
    expect((await failure(queries.matchesForNeed(otherBuyer, need))).code).toBe('FORBIDDEN');
    expect(await failure(queries.matchesForNeed(buyer, need, 0))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await failure(queries.matchesForNeed(buyer, need, 201))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('lists a supplier its own matches and a buyer the matches across its needs, filtered by status', async () => {
    const mine = await queries.myMatches(vehicles, null, 50);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((m) => m.supplierId === vehiclesProfile)).toBe(true);
    expect((await queries.myMatches(vehicles, ['INTERESTED'], 50)).map((m) => m.status)).toEqual(['INTERESTED']);
    expect(await queries.myMatches(motor, ['CONNECTED'], 50)).toEqual([]);
    const buyers = await queries.myMatches(buyer, ['CONNECTED'], 50);
    expect(buyers.map((m) => m.supplierId).sort()).toEqual([chargingProfile, cleaningProfile].sort());
  });
});

describe('criteria', () => {
  const input = {
    weights: { ...DEFAULT_CRITERIA.weights, text: 0.5 },
    minScore: 0.2,
    maxSuggestionsPerNeed: 10,
    note: 'More text',
  };

  it('starts from the seeded default and lets only admins add versions', async () => {
    const criteria = env.app.get(MatchCriteriaService);
    expect(await criteria.active()).toMatchObject({ version: 1, minScore: DEFAULT_CRITERIA.minScore, createdByUserId: null });
    expect((await failure(criteria.update(buyer, input))).code).toBe('FORBIDDEN');
    expect((await failure(criteria.history(buyer))).code).toBe('FORBIDDEN');
    expect(await failure(criteria.update(admin, { ...input, weights: { ...input.weights, cpv: -1 } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'weights.cpv',
    });
  });

  it('evaluates candidate criteria against recorded outcomes without writing anything', async () => {
    const counts = async () =>
      (
        await ds.query(
          `SELECT (SELECT count(*) FROM matches) m, (SELECT count(*) FROM outbox) o, (SELECT count(*) FROM match_criteria) c`,
        )
      )[0];
    const before = await counts();
    const result = await env.app.get(CriteriaEvaluationService).evaluate(admin, input);
    expect(result.evaluatedNeeds).toBe(2);
    expect(result.hitAt10).toBe(1);
    for (const v of [result.mrr, result.ndcgAt10, result.coverage]) expect(v).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
    expect((await failure(env.app.get(CriteriaEvaluationService).evaluate(buyer, input))).code).toBe('FORBIDDEN');
  });

  it('stores a new version with author and note and announces it for re-matching', async () => {
    const v2 = await env.app.get(MatchCriteriaService).update(admin, input, true);
    expect(v2).toMatchObject({ version: 2, note: 'More text', createdByUserId: admin.userId, maxSuggestionsPerNeed: 10 });
    expect(await outboxPayloads(ds, 'criteria.activated')).toEqual([{ criteriaVersion: '2' }]);
    expect((await env.app.get(MatchCriteriaService).history(admin)).map((c) => c.version)).toEqual([2, 1]);
  });
});
