import { randomUUID } from 'node:crypto';
import { register, sampleNeed, Session } from '@navet/testing';
import { CellContext, line, MatrixRow, stateless } from './authorization-outcomes';
import { freshNeed, MATCH_STATES, MatchState, NeedState, SUPPLIER_A_PROFILE, SUPPLIER_B_PROFILE } from './authorization-world';

/*
 * Every Mutation. Columns: anon supA supB buyA buyB unvB grpC admin (see `line`).
 * Mutations that change state get a fresh object per cell from `vars` (buyer A's need in the
 * cell's state, a new proposal, a new group, ...); those that only add to what the cell reads
 * (a rating, a message, a read marker) use the world's objects.
 */

const buyerA = (c: CellContext) => c.world.sessions.buyerA;
const needOfA = (c: CellContext) => freshNeed(c.env, buyerA(c), c.state as NeedState);
const criteria = (c: CellContext) => ({ input: c.world.criteriaInput });
const perMatchState = (spec: string) => Object.fromEntries(MATCH_STATES.map((s) => [s, line(spec)]));

/** The caller's own draft when it is a buyer (the deleted colleague's is its organization's), else an unknown id. */
async function ownDraft(c: CellContext): Promise<string> {
  const owner: Session | null =
    c.actor === 'deletedUser'
      ? buyerA(c)
      : ['buyerA', 'buyerB', 'unverifiedBuyer', 'groupMember'].includes(c.actor)
        ? c.world.sessions[c.actor as 'buyerA']
        : null;
  return owner ? (await freshNeed(c.env, owner, 'draft')).id : randomUUID();
}

const PROPOSE = `mutation($from: ID!, $to: ID!) { proposeBuyerGroup(fromNeedId: $from, toNeedId: $to) { id } }`;
const ACCEPT = `mutation($id: ID!) { respondToBuyerGroupProposal(proposalId: $id, accept: true) { id } }`;
const SAVE = `mutation { saveSearch(input: { name: "Att radera" }) { id } }`;

/** A fresh pending proposal from a need of `from` to a need of `to`. */
async function proposal(c: CellContext, from: Session, to: Session): Promise<{ id: string; toNeed: string }> {
  const [a, b] = [await freshNeed(c.env, from, 'published'), await freshNeed(c.env, to, 'published')];
  const id = (await c.env.gql.ok<{ proposeBuyerGroup: { id: string } }>(PROPOSE, { from: a.id, to: b.id }, from.token))
    .proposeBuyerGroup.id;
  return { id, toNeed: b.id };
}

export const MUTATION_ROWS: MatrixRow[] = [
  {
    name: 'registerOrganization',
    kind: 'Mutation',
    document: `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }`,
    vars: () => ({
      input: {
        organizationName: `Ny leverantör ${randomUUID().slice(0, 8)}`,
        kind: 'SUPPLIER',
        userName: 'Ny Person',
        email: `new-${randomUUID().slice(0, 8)}@example.test`,
        password: 'correct-horse-battery',
      },
    }),
    expect: stateless('A A A A A A A A'),
  },
  {
    name: 'login',
    kind: 'Mutation',
    document: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    vars: (c) => ({ input: { email: c.world.sessions.supplierB.email, password: c.world.sessions.supplierB.password } }),
    expect: stateless('A A A A A A A A'),
  },
  {
    name: 'verifyOrganization',
    kind: 'Mutation',
    document: `mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }`,
    vars: async (c) => ({ id: (await register(c.env, 'PUBLIC_BUYER')).organizationId }),
    expect: stateless('U F F F F F F A'),
  },
  {
    name: 'createNeed',
    kind: 'Mutation',
    document: `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
    vars: () => ({ input: sampleNeed() }),
    expect: stateless('U F F A A A A F'), // drafts need no verification; publishing does
  },
  {
    name: 'updateNeed',
    kind: 'Mutation',
    document: `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id } }`,
    vars: async (c) => {
      const need = await needOfA(c);
      return { id: need.id, input: { expectedVersion: need.version, title: 'Laddning vid baserna, andra versionen' } };
    },
    expect: {
      draft: line('U F F A N N N F'),
      published: line('U F F A F F F F'),
      closed: line('U F F I F F F F'),
    },
  },
  {
    name: 'publishNeed',
    kind: 'Mutation',
    document: `mutation($id: ID!) { publishNeed(id: $id) { id } }`,
    vars: async (c) => ({ id: c.state === 'own draft' ? await ownDraft(c) : (await needOfA(c)).id }),
    expect: {
      draft: line('U F F A N N N F'),
      published: line('U F F I F F F F'),
      closed: line('U F F I F F F F'),
      'own draft': line('U F F A A F A F'), // only verified buyer organizations publish
    },
  },
  {
    name: 'closeNeed',
    kind: 'Mutation',
    document: `mutation($id: ID!) { closeNeed(id: $id) { id } }`,
    vars: async (c) => ({ id: (await needOfA(c)).id }),
    expect: {
      draft: line('U F F I N N N I'),
      published: line('U F F A F F F A'), // admins close for moderation
      closed: line('U F F I F F F I'),
    },
  },
  {
    name: 'upsertSupplierProfile',
    kind: 'Mutation',
    document: `mutation($input: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $input) { id } }`,
    // The caller's own profile, rewritten with the world's values so the shared fixtures stay as they are.
    vars: (c) => ({ input: c.actor === 'supplierB' ? SUPPLIER_B_PROFILE : SUPPLIER_A_PROFILE }),
    expect: stateless('U A A F F F F F'),
  },
  { name: 'reindexSearch', kind: 'Mutation', document: `mutation { reindexSearch }`, expect: stateless('U F F F F F F A') },
  {
    name: 'expressInterest',
    kind: 'Mutation',
    document: `mutation($needId: ID!) { expressInterest(needId: $needId) { id } }`,
    vars: async (c) => ({ needId: (await needOfA(c)).id }),
    expect: {
      draft: line('U N N F F F F F'),
      published: line('U A A F F F F F'),
      closed: line('U I I F F F F F'),
    },
  },
  {
    name: 'inviteSupplier',
    kind: 'Mutation',
    document: `mutation($needId: ID!, $supplierId: ID!) { inviteSupplier(needId: $needId, supplierId: $supplierId) { id } }`,
    vars: async (c) => ({ needId: (await needOfA(c)).id, supplierId: c.world.profiles.discoverable }),
    expect: {
      draft: line('U F F I N N N F'),
      published: line('U F F A F F F F'),
      closed: line('U F F I F F F F'),
    },
  },
  {
    name: 'declineMatch',
    kind: 'Mutation',
    document: `mutation($matchId: ID!) { declineMatch(matchId: $matchId) { id status } }`,
    vars: (c) => ({ matchId: c.world.declineFixtures[c.state as MatchState][c.actor] }),
    // Admins read matches but decline on nobody's behalf; outsiders learn nothing (NOT_FOUND).
    expect: perMatchState('U A N A N N N F'),
  },
  {
    name: 'rateMatch',
    kind: 'Mutation',
    document: `mutation($matchId: ID!) { rateMatch(matchId: $matchId, relevant: true) { id } }`,
    vars: (c) => ({ matchId: c.world.matches[c.state as MatchState].id }),
    expect: perMatchState('U A N A N N N A'), // admins label relevance too
  },
  {
    name: 'updateMatchCriteria',
    kind: 'Mutation',
    document: `mutation($input: MatchCriteriaInput!) { updateMatchCriteria(input: $input, rematch: false) { version } }`,
    vars: criteria,
    expect: stateless('U F F F F F F A'),
  },
  {
    name: 'evaluateMatchCriteria',
    kind: 'Mutation',
    document: `mutation($input: MatchCriteriaInput!) { evaluateMatchCriteria(input: $input) { evaluatedNeeds } }`,
    vars: criteria,
    expect: stateless('U F F F F F F A'),
  },
  {
    name: 'startCriteriaEvaluation',
    kind: 'Mutation',
    document: `mutation($input: MatchCriteriaInput!) { startCriteriaEvaluation(input: $input) { id } }`,
    vars: criteria,
    expect: stateless('U F F F F F F A'),
  },
  {
    // Buyer A's notifications: only buyer A's own request marks any (the answer counts them).
    name: 'markNotificationsRead',
    kind: 'Mutation',
    document: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
    vars: (c) => ({ ids: c.world.buyerANotificationIds }),
    reveals: (d) => (d.markNotificationsRead as number) > 0,
    expect: stateless('U H H A H H H H'),
  },
  {
    name: 'updateNotificationPreferences',
    kind: 'Mutation',
    document: `mutation { updateNotificationPreferences(input: { dailyMatchCap: 20 }) { dailyMatchCap } }`,
    expect: stateless('U A A A A A A A'), // the caller's own preferences
  },
  {
    name: 'rotateWebhookSecret',
    kind: 'Mutation',
    document: `mutation { rotateWebhookSecret }`,
    expect: stateless('U A A A A A A A'), // the caller's own organization's secret
  },
  {
    name: 'saveSearch',
    kind: 'Mutation',
    document: `mutation { saveSearch(input: { name: "Laddning", cpvPrefixes: ["34"] }) { id } }`,
    expect: stateless('U A A A A A A A'),
  },
  {
    name: 'deleteSavedSearch',
    kind: 'Mutation',
    document: `mutation($id: ID!) { deleteSavedSearch(id: $id) }`,
    vars: async (c) => ({
      id: (await c.env.gql.ok<{ saveSearch: { id: string } }>(SAVE, {}, c.world.sessions.supplierA.token)).saveSearch.id,
    }),
    expect: stateless('U A N N N N N N'),
  },
  {
    name: 'publishClarification',
    kind: 'Mutation',
    document: `mutation($needId: ID!) { publishClarification(needId: $needId, question: "Antal bilar?", answer: "120 elbilar.") { id } }`,
    vars: async (c) => ({ needId: (await needOfA(c)).id }),
    expect: {
      draft: line('U F F I N N N F'),
      published: line('U F F A F F F F'),
      closed: line('U F F I F F F F'),
    },
  },
  {
    name: 'sendDialogueMessage',
    kind: 'Mutation',
    document: `mutation($dialogueId: ID!) { sendDialogueMessage(dialogueId: $dialogueId, body: "En fråga till.") { id } }`,
    vars: (c) => ({ dialogueId: c.world.dialogues[c.state as 'open' | 'closed'] }),
    // The group member knows the open dialogue exists (FORBIDDEN to write); the closed one is not on a grouped need.
    expect: { open: line('U A N A N N F F'), closed: line('U I N I N N N F') },
  },
  {
    name: 'proposeBuyerGroup',
    kind: 'Mutation',
    document: PROPOSE,
    vars: async (c) => {
      const [from, to] = [
        await needOfA({ ...c, state: 'published' }),
        await freshNeed(c.env, c.world.sessions.buyerB, 'published'),
      ];
      return { from: from.id, to: to.id };
    },
    expect: stateless('U F F A F F F F'),
  },
  {
    name: 'respondToBuyerGroupProposal',
    kind: 'Mutation',
    document: ACCEPT,
    vars: async (c) => ({ id: (await proposal(c, c.world.sessions.buyerB, buyerA(c))).id }),
    expect: stateless('U N N A F N N N'), // the proposer is refused; everyone else learns nothing
  },
  {
    name: 'askQuestion',
    kind: 'Mutation',
    document: `mutation($needId: ID!) { askQuestion(needId: $needId, question: "Finns det laddning vid baserna?") { id } }`,
    vars: async (c) => ({ needId: (await needOfA(c)).id }),
    expect: {
      draft: line('U N N F F F F F'),
      published: line('U A A F F F F F'),
      closed: line('U I I F F F F F'),
    },
  },
  {
    name: 'leaveBuyerGroup',
    kind: 'Mutation',
    document: `mutation($needId: ID!) { leaveBuyerGroup(needId: $needId) }`,
    vars: async (c) => {
      // A fresh group of buyer A's need and buyer C's (the group member's); the cell leaves with buyer A's need.
      const p = await proposal(c, c.world.sessions.groupMember, buyerA(c));
      await c.env.gql.ok(ACCEPT, { id: p.id }, buyerA(c).token);
      return { needId: p.toNeed };
    },
    expect: stateless('U F F A F F F F'),
  },
];
