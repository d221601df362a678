import { readLedger } from '@navet/ledger';
import { PlanSimilarNeedsHandler } from '@navet/notifications';
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
  INVITE,
  MATCHES_FOR_NEED,
  NOTIFICATIONS,
  NotificationView,
  PUBLISH,
  UPSERT_PROFILE,
} from '../matching/match-graphql';

const GROUP_FIELDS = `id name createdAt needs { id status } members { id name }`;
const PROPOSAL_FIELDS = `id message status createdAt fromNeed { id } toNeed { id } group { ${GROUP_FIELDS} }`;
const SIMILAR = `query($needId: ID!, $first: Int) { similarNeeds(needId: $needId, first: $first) {
  score need { id title buyer { id name } } components { signal weight value contribution detail } } }`;
const PROPOSE = `mutation($from: ID!, $to: ID!, $message: String) {
  proposeBuyerGroup(fromNeedId: $from, toNeedId: $to, message: $message) { ${PROPOSAL_FIELDS} } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToBuyerGroupProposal(proposalId: $id, accept: $accept) { ${PROPOSAL_FIELDS} } }`;
const LEAVE = `mutation($needId: ID!) { leaveBuyerGroup(needId: $needId) }`;
const GROUPS = `query { buyerGroups { ${GROUP_FIELDS} } }`;
const PROPOSALS = `query($status: BuyerGroupProposalStatus) { buyerGroupProposals(status: $status) { ${PROPOSAL_FIELDS} } }`;
const NEED_GROUP = `query($id: ID!) { need(id: $id) { id buyerGroup { ${GROUP_FIELDS} } } }`;
const STATS = `query { platformStats { buyerGroups } }`;

interface SimilarView {
  score: number;
  need: { id: string; title: string; buyer: { id: string; name: string } };
  components: { signal: string; weight: number; value: number; contribution: number; detail: string }[];
}
interface GroupView {
  id: string;
  name: string;
  needs: { id: string; status: string }[];
  members: { id: string; name: string }[];
}
interface ProposalView {
  id: string;
  message: string | null;
  status: string;
  fromNeed: { id: string };
  toNeed: { id: string };
  group: GroupView | null;
}

const englishNeed = {
  title: 'Charging electric vehicles for home care services',
  summary: 'Our home care cars must be charged where staff work.',
  description: 'The municipality runs electric cars in home care and lacks charging points at the depots.',
  desiredOutcomes: ['No missed visits because of charging'],
  language: 'en',
  cpvCodes: ['34144900-7'],
  regionCodes: ['SE332'],
  focusAreas: ['TRANSPORT', 'HEALTH_AND_CARE'],
};

describe('similar needs and buyer groups (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let a: Session;
  let b: Session;
  let c: Session;
  let supplier: Session;
  let supplierId: string;
  let needA: string;
  let needB: string;
  let needC: string;
  let draftA: string;

  const create = async (who: Session, over: Record<string, unknown> = {}) =>
    (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed(over) }, who.token)).createNeed.id;
  const publish = async (who: Session, over: Record<string, unknown> = {}) => {
    const id = await create(who, over);
    await env.gql.ok(PUBLISH, { id }, who.token);
    await env.drain();
    return id;
  };
  const inbox = async (who: Session, type: string) =>
    (await env.gql.ok<{ notifications: NotificationView[] }>(NOTIFICATIONS, {}, who.token)).notifications.filter(
      (n) => n.type === type,
    );
  const actions = async (needId: string) => (await readLedger(env.ds, needId)).map((e) => e.action);
  const counts = async () => {
    const [row] = await env.ds.query(`SELECT (SELECT count(*)::int FROM buyer_group_proposals) AS proposals,
      (SELECT count(*)::int FROM buyer_groups) AS groups, (SELECT count(*)::int FROM buyer_group_needs) AS members,
      (SELECT count(*)::int FROM ledger_entries) AS ledger, (SELECT count(*)::int FROM outbox) AS outbox`);
    return row as Record<string, number>;
  };
  const code = async (query: string, vars: Record<string, unknown>, who?: Session) => {
    const e = await env.gql.fails(query, vars, who?.token);
    return { code: e.extensions?.code, field: e.extensions?.field };
  };

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    a = await verifiedBuyer(env, admin, 'Laddstads kommun');
    b = await verifiedBuyer(env, admin, 'Norrbyns kommun');
    c = await verifiedBuyer(env, admin, 'Tredje kommunen');
    supplier = await register(env, 'SUPPLIER', 'Laddbolaget AB');
    supplierId = (
      await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(
        UPSERT_PROFILE,
        { input: sampleProfile({ regionCodes: ['SE1', 'SE3'] }) },
        supplier.token,
      )
    ).upsertSupplierProfile.id;
    await env.drain();
    needA = await publish(a);
    needB = await publish(b, englishNeed);
    needC = await publish(c, {
      title: 'Minskat matsvinn i skolmåltider',
      summary: 'Skolorna kastar för mycket mat.',
      description: 'Vi vill mäta och minska matsvinnet i kommunens skolkök.',
      desiredOutcomes: ['Halverat matsvinn'],
      cpvCodes: ['55524000-9'],
      focusAreas: ['FOOD'],
    });
    draftA = await create(a, { title: 'Utkast om laddning' });
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  });

  it('tells both buyers of a similar need of the other, once per pair, across Swedish and English', async () => {
    const toA = await inbox(a, 'SIMILAR_NEED_FOUND');
    const toB = await inbox(b, 'SIMILAR_NEED_FOUND');
    expect(toA).toHaveLength(1);
    expect(toA[0]).toMatchObject({ needId: needA });
    expect(toA[0]!.body).toContain(englishNeed.title);
    expect(toA[0]!.body).toContain('Norrbyns kommun');
    expect(toB).toHaveLength(1);
    expect(toB[0]).toMatchObject({ needId: needB });
    expect(toB[0]!.body).toContain('Laddstads kommun');
    expect(await inbox(c, 'SIMILAR_NEED_FOUND')).toHaveLength(0);
    // A re-run (a retry, a replayed event, a re-publish) tells nobody again.
    const handler = env.worker.get(PlanSimilarNeedsHandler);
    await handler.handle({ needId: needB });
    await handler.handle({ needId: needA });
    await env.drain();
    expect(await inbox(a, 'SIMILAR_NEED_FOUND')).toHaveLength(1);
    expect(await inbox(b, 'SIMILAR_NEED_FOUND')).toHaveLength(1);
    const [pairs] = await env.ds.query(`SELECT count(*)::int AS n FROM similar_need_pairs`);
    expect(pairs.n).toBe(1);
  });

  it("ranks the other buyer's need first with explained components; region shown with weight 0", async () => {
    const list = (await env.gql.ok<{ similarNeeds: SimilarView[] }>(SIMILAR, { needId: needA }, a.token)).similarNeeds;
    expect(list[0]!.need).toMatchObject({ id: needB, buyer: { id: b.organizationId } });
    expect(list.map((s) => s.need.id)).not.toContain(needA);
    expect(list.every((s) => s.need.buyer.id !== a.organizationId)).toBe(true);
    const top = list[0]!;
    expect(top.components.map((x) => x.signal)).toEqual(['TEXT', 'CPV', 'REGION', 'FOCUS_AREA']);
    expect(top.components.find((x) => x.signal === 'CPV')!.value).toBe(1);
    expect(top.components.find((x) => x.signal === 'REGION')!.weight).toBe(0);
    expect(top.components.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(top.score, 4);
    if (list.some((s) => s.need.id === needC)) {
      expect(list.find((s) => s.need.id === needC)!.score).toBeLessThan(top.score);
    }
    const byAdmin = (await env.gql.ok<{ similarNeeds: SimilarView[] }>(SIMILAR, { needId: needA, first: 1 }, admin.token))
      .similarNeeds;
    expect(byAdmin.map((s) => s.need.id)).toEqual([needB]);
  });

  it('lets only the owning buyer organization (and admins) ask for similar needs; first is 1..50', async () => {
    expect(await code(SIMILAR, { needId: needA })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await code(SIMILAR, { needId: needA }, b)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(SIMILAR, { needId: needA }, supplier)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(SIMILAR, { needId: draftA }, b)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code(SIMILAR, { needId: 'nope' }, a)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code(SIMILAR, { needId: needA, first: 0 }, a)).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await code(SIMILAR, { needId: needA, first: 51 }, a)).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses bad proposals with coded errors and writes nothing', async () => {
    const before = await counts();
    const ownSecond = await publish(a, { title: 'Laddning vid kommunhuset' });
    const base = await counts();
    expect(await code(PROPOSE, { from: needA, to: needB })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await code(PROPOSE, { from: needA, to: needB }, b)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(PROPOSE, { from: needA, to: needB }, admin)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(PROPOSE, { from: needA, to: needB }, supplier)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(PROPOSE, { from: draftA, to: needB }, a)).toMatchObject({ code: 'INVALID_STATE' });
    expect(await code(PROPOSE, { from: needA, to: ownSecond }, a)).toEqual({ code: 'BAD_USER_INPUT', field: 'toNeedId' });
    expect(await code(PROPOSE, { from: needB, to: draftA }, b)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code(PROPOSE, { from: needA, to: 'nope' }, a)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code(PROPOSE, { from: needA, to: needB, message: 'x'.repeat(2001) }, a)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'message',
    });
    expect(await code(PROPOSE, { from: needA, to: needB, message: 'hej\u0000' }, a)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'message',
    });
    expect(await counts()).toEqual(base);
    expect(base.proposals).toBe(before.proposals);
  });

  it('proposes, refuses a duplicate either way, and tells the receiver; both ledgers record it', async () => {
    const p = (
      await env.gql.ok<{ proposeBuyerGroup: ProposalView }>(PROPOSE, { from: needA, to: needB, message: 'Ska vi?' }, a.token)
    ).proposeBuyerGroup;
    expect(p).toMatchObject({
      status: 'PENDING',
      message: 'Ska vi?',
      fromNeed: { id: needA },
      toNeed: { id: needB },
      group: null,
    });
    const base = await counts();
    expect(await code(PROPOSE, { from: needA, to: needB }, a)).toMatchObject({ code: 'CONFLICT' });
    expect(await code(PROPOSE, { from: needB, to: needA }, b)).toMatchObject({ code: 'CONFLICT' });
    expect(await counts()).toEqual(base);
    await env.drain();
    const told = await inbox(b, 'BUYER_GROUP_PROPOSED');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ needId: needB });
    expect(told[0]!.body).toContain('Laddstads kommun');
    expect(told[0]!.body).not.toContain('Ska vi?');
    expect(await inbox(a, 'BUYER_GROUP_PROPOSED')).toHaveLength(0);
    expect(await actions(needA)).toContain('BUYER_GROUP_PROPOSED');
    expect(await actions(needB)).toContain('BUYER_GROUP_PROPOSED');
    const incoming = (await env.gql.ok<{ buyerGroupProposals: ProposalView[] }>(PROPOSALS, { status: 'PENDING' }, b.token))
      .buyerGroupProposals;
    expect(incoming.map((x) => x.id)).toEqual([p.id]);
    expect(
      (await env.gql.ok<{ buyerGroupProposals: ProposalView[] }>(PROPOSALS, {}, a.token)).buyerGroupProposals.map((x) => x.id),
    ).toEqual([p.id]);
    expect((await env.gql.ok<{ buyerGroupProposals: ProposalView[] }>(PROPOSALS, {}, c.token)).buyerGroupProposals).toEqual([]);
  });

  it('lets only the receiver answer; acceptance forms a group on both needs and tells the proposer', async () => {
    const [p] = (await env.gql.ok<{ buyerGroupProposals: ProposalView[] }>(PROPOSALS, { status: 'PENDING' }, b.token))
      .buyerGroupProposals;
    const base = await counts();
    expect(await code(RESPOND, { id: p!.id, accept: true })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await code(RESPOND, { id: p!.id, accept: true }, c)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code(RESPOND, { id: p!.id, accept: true }, admin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code(RESPOND, { id: p!.id, accept: true }, a)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(RESPOND, { id: 'nope', accept: true }, b)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(base);

    const accepted = (
      await env.gql.ok<{ respondToBuyerGroupProposal: ProposalView }>(RESPOND, { id: p!.id, accept: true }, b.token)
    ).respondToBuyerGroupProposal;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.group!.name).toBe(sampleNeed().title);
    expect(accepted.group!.needs.map((n) => n.id).sort()).toEqual([needA, needB].sort());
    expect(accepted.group!.members.map((m) => m.id).sort()).toEqual([a.organizationId, b.organizationId].sort());
    expect(await code(RESPOND, { id: p!.id, accept: false }, b)).toMatchObject({ code: 'INVALID_STATE' });
    await env.drain();
    expect(await inbox(a, 'BUYER_GROUP_ANSWERED')).toHaveLength(1);
    expect(await actions(needA)).toContain('BUYER_GROUP_ACCEPTED');
    expect(await actions(needB)).toContain('BUYER_GROUP_ACCEPTED');

    // Public on each member need (anonymous too); listed for the members only.
    for (const id of [needA, needB]) {
      const need = (await env.gql.ok<{ need: { buyerGroup: GroupView | null } }>(NEED_GROUP, { id })).need;
      expect(need.buyerGroup!.id).toBe(accepted.group!.id);
    }
    expect((await env.gql.ok<{ need: { buyerGroup: GroupView | null } }>(NEED_GROUP, { id: needC })).need.buyerGroup).toBeNull();
    expect((await env.gql.ok<{ buyerGroups: GroupView[] }>(GROUPS, {}, a.token)).buyerGroups.map((g) => g.id)).toEqual([
      accepted.group!.id,
    ]);
    expect((await env.gql.ok<{ buyerGroups: GroupView[] }>(GROUPS, {}, b.token)).buyerGroups).toHaveLength(1);
    expect((await env.gql.ok<{ buyerGroups: GroupView[] }>(GROUPS, {}, c.token)).buyerGroups).toEqual([]);
    expect(await code(GROUPS, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await code(PROPOSALS, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await env.gql.ok<{ buyerGroups: GroupView[] }>(GROUPS, {}, admin.token)).buyerGroups).toEqual([]);
    expect((await env.gql.ok<{ buyerGroups: GroupView[] }>(GROUPS, {}, supplier.token)).buyerGroups).toEqual([]);
    expect((await env.gql.ok<{ platformStats: { buyerGroups: number } }>(STATS)).platformStats.buyerGroups).toBe(1);
  });

  it("lets group members read each other's matches, read only; a third buyer cannot", async () => {
    const own = (await env.gql.ok<{ matchesForNeed: { id: string }[] }>(MATCHES_FOR_NEED, { needId: needB }, b.token))
      .matchesForNeed;
    const asMember = (await env.gql.ok<{ matchesForNeed: { id: string }[] }>(MATCHES_FOR_NEED, { needId: needB }, a.token))
      .matchesForNeed;
    expect(own.length).toBeGreaterThan(0);
    expect(asMember.map((m) => m.id)).toEqual(own.map((m) => m.id));
    expect(await code(MATCHES_FOR_NEED, { needId: needB }, c)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(INVITE, { needId: needB, supplierId }, a)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("adds a third need to the proposer's group; a need in a group cannot be proposed again", async () => {
    expect(await code(PROPOSE, { from: needC, to: needA }, c)).toMatchObject({ code: 'CONFLICT' });
    expect(await code(PROPOSE, { from: needB, to: needA }, b)).toMatchObject({ code: 'CONFLICT' });
    const p = (await env.gql.ok<{ proposeBuyerGroup: ProposalView }>(PROPOSE, { from: needA, to: needC }, a.token))
      .proposeBuyerGroup;
    const joined = (await env.gql.ok<{ respondToBuyerGroupProposal: ProposalView }>(RESPOND, { id: p.id, accept: true }, c.token))
      .respondToBuyerGroupProposal;
    expect(joined.group!.needs.map((n) => n.id).sort()).toEqual([needA, needB, needC].sort());
    expect(joined.group!.members).toHaveLength(3);
    expect((await env.gql.ok<{ platformStats: { buyerGroups: number } }>(STATS)).platformStats.buyerGroups).toBe(1);
  });

  it('takes needs out of the group; a group left with one need dissolves; ledgers record it', async () => {
    const base = await counts();
    expect(await code(LEAVE, { needId: needC })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await code(LEAVE, { needId: needC }, a)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(LEAVE, { needId: needC }, admin)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(LEAVE, { needId: needC }, supplier)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await code(LEAVE, { needId: 'nope' }, c)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code(LEAVE, { needId: draftA }, c)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code(LEAVE, { needId: draftA }, a)).toMatchObject({ code: 'INVALID_STATE' });
    expect(await counts()).toEqual(base);

    expect((await env.gql.ok<{ leaveBuyerGroup: boolean }>(LEAVE, { needId: needC }, c.token)).leaveBuyerGroup).toBe(true);
    expect((await env.gql.ok<{ need: { buyerGroup: GroupView | null } }>(NEED_GROUP, { id: needC })).need.buyerGroup).toBeNull();
    expect(
      (await env.gql.ok<{ need: { buyerGroup: GroupView | null } }>(NEED_GROUP, { id: needA })).need.buyerGroup!.needs,
    ).toHaveLength(2);
    expect(await code(MATCHES_FOR_NEED, { needId: needA }, c)).toMatchObject({ code: 'FORBIDDEN' });

    await env.gql.ok(LEAVE, { needId: needB }, b.token);
    for (const id of [needA, needB]) {
      expect((await env.gql.ok<{ need: { buyerGroup: GroupView | null } }>(NEED_GROUP, { id })).need.buyerGroup).toBeNull();
      expect((await actions(id)).filter((x) => x === 'BUYER_GROUP_LEFT').length).toBeGreaterThanOrEqual(1);
    }
    expect(await code(LEAVE, { needId: needA }, a)).toMatchObject({ code: 'INVALID_STATE' });
    expect(await code(MATCHES_FOR_NEED, { needId: needB }, a)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await env.gql.ok<{ buyerGroups: GroupView[] }>(GROUPS, {}, a.token)).buyerGroups).toEqual([]);
    expect((await env.gql.ok<{ platformStats: { buyerGroups: number } }>(STATS)).platformStats.buyerGroups).toBe(0);
  });

  it('records a declined proposal on both ledgers and tells the proposer', async () => {
    const p = (await env.gql.ok<{ proposeBuyerGroup: ProposalView }>(PROPOSE, { from: needB, to: needA }, b.token))
      .proposeBuyerGroup;
    const declined = (
      await env.gql.ok<{ respondToBuyerGroupProposal: ProposalView }>(RESPOND, { id: p.id, accept: false }, a.token)
    ).respondToBuyerGroupProposal;
    expect(declined).toMatchObject({ status: 'DECLINED', group: null });
    await env.drain();
    expect(await inbox(b, 'BUYER_GROUP_ANSWERED')).toHaveLength(1);
    expect(await actions(needA)).toContain('BUYER_GROUP_DECLINED');
    expect(await actions(needB)).toContain('BUYER_GROUP_DECLINED');
    expect((await env.gql.ok<{ need: { buyerGroup: GroupView | null } }>(NEED_GROUP, { id: needA })).need.buyerGroup).toBeNull();
  });

  it('lets admins tune the similar-need threshold in the match criteria (kept when omitted)', async () => {
    const CRITERIA = `query { matchCriteria { version similarNeedMinScore } }`;
    const UPDATE = `mutation($input: MatchCriteriaInput!) { updateMatchCriteria(input: $input, rematch: false) { version similarNeedMinScore } }`;
    const input = (over: Record<string, unknown> = {}) => ({
      weights: { text: 0.35, cpv: 0.2, region: 0.25, focusArea: 0.08, readiness: 0.05, feedback: 0.07 },
      minScore: 0.25,
      maxSuggestionsPerNeed: 25,
      ...over,
    });
    const before = (await env.gql.ok<{ matchCriteria: { version: number; similarNeedMinScore: number } }>(CRITERIA))
      .matchCriteria;
    expect(before.similarNeedMinScore).toBe(0.4);
    expect(await code(UPDATE, { input: input({ similarNeedMinScore: 1.5 }) }, admin)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'similarNeedMinScore',
    });
    expect(await code(UPDATE, { input: input({ similarNeedMinScore: 0.9 }) }, a)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await env.gql.ok<{ matchCriteria: { version: number } }>(CRITERIA)).matchCriteria.version).toBe(before.version);
    await env.gql.ok(UPDATE, { input: input({ similarNeedMinScore: 0.99 }) }, admin.token);
    const kept = (
      await env.gql.ok<{ updateMatchCriteria: { similarNeedMinScore: number } }>(UPDATE, { input: input() }, admin.token)
    ).updateMatchCriteria;
    expect(kept.similarNeedMinScore).toBe(0.99);
    // Above the new threshold nothing is similar enough: a third buyer's charging need tells nobody.
    const toABefore = (await inbox(a, 'SIMILAR_NEED_FOUND')).length;
    await publish(c, { title: 'Laddning för hemtjänstens bilar i Tredje kommunen', regionCodes: ['SE332'] });
    expect(await inbox(a, 'SIMILAR_NEED_FOUND')).toHaveLength(toABefore);
    expect(await inbox(c, 'SIMILAR_NEED_FOUND')).toHaveLength(0);
  });
});
