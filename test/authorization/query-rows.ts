import { CellContext, ids, line, MatrixRow, stateless } from './authorization-outcomes';
import type { NeedState } from './authorization-world';

/*
 * Every Query operation. Columns: anon supA supB buyA buyB unvB grpC admin (see `line`).
 * A = ALLOW, H = HIDDEN, U = UNAUTHENTICATED, F = FORBIDDEN, N = NOT_FOUND, I = INVALID_STATE.
 * Buyer A owns the need; supplier A is its match party; buyer C's need is in a group with it.
 */

/** Owner-or-admin reads of a need's internals; buyer-group members read the published (grouped) one. */
const OWNER_ADMIN_GROUP = {
  draft: line('U N N A N N N A'), // others never learn a draft exists
  published: line('U F F A F F A A'), // the grouped need: its buyer group reads along
  closed: line('U F F A F F F A'),
};
const OWNER_ADMIN = {
  draft: line('U N N A N N N A'),
  published: line('U F F A F F F A'),
  closed: line('U F F A F F F A'),
};
const needVar = (name: string) => (c: CellContext) => ({
  [name]: c.world.needs[c.state as NeedState],
});

export const QUERY_ROWS: MatrixRow[] = [
  { name: 'me', kind: 'Query', document: `{ me { id } }`, reveals: (d) => d.me !== null, expect: stateless('H A A A A A A A') },
  {
    name: 'cpvCode',
    kind: 'Query',
    document: `{ cpvCode(code: "34144900-7") { code } }`,
    expect: stateless('A A A A A A A A'),
  },
  {
    name: 'searchCpvCodes',
    kind: 'Query',
    document: `{ searchCpvCodes(query: "fordon") { code } }`,
    expect: stateless('A A A A A A A A'),
  },
  { name: 'regions', kind: 'Query', document: `{ regions { code } }`, expect: stateless('A A A A A A A A') },
  {
    name: 'platformStats',
    kind: 'Query',
    document: `{ platformStats { publishedNeeds } }`,
    expect: stateless('A A A A A A A A'),
  },
  { name: 'matchCriteria', kind: 'Query', document: `{ matchCriteria { version } }`, expect: stateless('A A A A A A A A') },
  {
    name: 'need',
    kind: 'Query',
    document: `query($id: ID!) { need(id: $id) { id } }`,
    vars: needVar('id'),
    expect: {
      draft: line('N N N A N N N A'),
      published: line('A A A A A A A A'),
      closed: line('A A A A A A A A'),
    },
  },
  {
    name: 'myNeeds',
    kind: 'Query',
    document: `{ myNeeds { id } }`,
    reveals: (d, c) => ids(d.myNeeds).includes(c.world.needs.draft),
    expect: stateless('U F F A H H H F'),
  },
  {
    name: 'searchNeeds',
    kind: 'Query',
    document: `query($buyerId: ID) { searchNeeds(filter: { buyerId: $buyerId }, pageSize: 100) { hits { need { id } } } }`,
    vars: (c) => ({ buyerId: c.world.sessions.buyerA.organizationId }),
    reveals: (d, c) =>
      (d.searchNeeds as { hits: { need: { id: string } }[] }).hits.some((h) => h.need.id === c.world.needs[c.state as NeedState]),
    expect: {
      draft: line('H H H H H H H H'),
      published: line('A A A A A A A A'),
      closed: line('H H H H H H H H'),
    },
  },
  {
    name: 'supplierProfile',
    kind: 'Query',
    document: `query($id: ID!) { supplierProfile(id: $id) { id } }`,
    vars: (c) => ({ id: c.world.profiles[c.state as 'discoverable' | 'hidden'] }),
    expect: { discoverable: line('U A A A A A A A'), hidden: line('U N A N N N N A') },
  },
  {
    name: 'mySupplierProfile',
    kind: 'Query',
    document: `{ mySupplierProfile { id } }`,
    reveals: (d, c) => (d.mySupplierProfile as { id: string } | null)?.id === c.world.profiles.discoverable,
    expect: stateless('U A H H H H H H'),
  },
  {
    name: 'searchSuppliers',
    kind: 'Query',
    document: `{ searchSuppliers(pageSize: 100) { hits { supplier { id } } } }`,
    reveals: (d, c) =>
      (d.searchSuppliers as { hits: { supplier: { id: string } }[] }).hits.some(
        (h) => h.supplier.id === c.world.profiles[c.state as 'discoverable' | 'hidden'],
      ),
    expect: { discoverable: line('U F F A A A A A'), hidden: line('U F F H H H H H') },
  },
  {
    name: 'matchesForNeed',
    kind: 'Query',
    document: `query($needId: ID!) { matchesForNeed(needId: $needId) { id } }`,
    vars: needVar('needId'),
    expect: OWNER_ADMIN_GROUP,
  },
  {
    name: 'myMatches',
    kind: 'Query',
    // CONNECTED only: buyer A's fifty-odd needs carry more suggestions than one page.
    document: `{ myMatches(status: [CONNECTED], first: 200) { id } }`,
    reveals: (d, c) => ids(d.myMatches).includes(c.world.matches.CONNECTED.id),
    expect: stateless('U A H A H H H H'), // admins have no side: an empty list
  },
  {
    name: 'matchCriteriaHistory',
    kind: 'Query',
    document: `{ matchCriteriaHistory { version } }`,
    expect: stateless('U F F F F F F A'),
  },
  {
    name: 'notifications',
    kind: 'Query',
    document: `{ notifications(first: 200) { id } }`,
    reveals: (d, c) => ids(d.notifications).some((id) => c.world.buyerANotificationIds.includes(id)),
    expect: stateless('U H H A H H H H'),
  },
  {
    name: 'notificationPreferences',
    kind: 'Query',
    document: `{ notificationPreferences { webhookUrl } }`,
    reveals: (d, c) => (d.notificationPreferences as { webhookUrl: string | null }).webhookUrl === c.world.webhookUrl,
    expect: stateless('U H H A H H H H'),
  },
  {
    name: 'savedSearches',
    kind: 'Query',
    document: `{ savedSearches { id } }`,
    reveals: (d, c) => ids(d.savedSearches).includes(c.world.savedSearchId),
    expect: stateless('U A H H H H H H'),
  },
  {
    name: 'dialogue',
    kind: 'Query',
    document: `query($id: ID!) { dialogue(id: $id) { id messages { id body } } }`,
    vars: (c) => ({ id: c.world.dialogues[c.state as 'open' | 'closed'] }),
    reveals: (d) => ((d.dialogue as { messages: unknown[] } | null)?.messages.length ?? 0) > 0,
    // The group member sees that the open one exists (see the Dialogue.existence row), never its messages.
    expect: { open: line('U A H A H H H A'), closed: line('U A H A H H H A') },
  },
  {
    name: 'dialogues',
    kind: 'Query',
    document: `query($needId: ID) { dialogues(needId: $needId) { id messages { id } } }`,
    vars: (c) => ({ needId: c.world.matches[c.state === 'open' ? 'CONNECTED' : 'DECLINED'].needId }),
    reveals: (d, c) =>
      (d.dialogues as { id: string; messages: unknown[] }[]).some(
        (x) => x.id === c.world.dialogues[c.state as 'open' | 'closed'] && x.messages.length > 0,
      ),
    expect: { open: line('U A H A H H H A'), closed: line('U A H A H H H A') },
  },
  {
    name: 'needLedger',
    kind: 'Query',
    document: `query($needId: ID!) { needLedger(needId: $needId) { sequence } }`,
    vars: needVar('needId'),
    expect: OWNER_ADMIN_GROUP,
  },
  {
    name: 'verifyNeedLedger',
    kind: 'Query',
    document: `query($needId: ID!) { verifyNeedLedger(needId: $needId) }`,
    vars: needVar('needId'),
    expect: OWNER_ADMIN_GROUP,
  },
  {
    name: 'verifyNeedLedgerDetail',
    kind: 'Query',
    document: `query($needId: ID!) { verifyNeedLedgerDetail(needId: $needId) { valid } }`,
    vars: needVar('needId'),
    expect: OWNER_ADMIN_GROUP,
  },
  {
    name: 'similarNeeds',
    kind: 'Query',
    document: `query($needId: ID!) { similarNeeds(needId: $needId) { score } }`,
    vars: needVar('needId'),
    expect: OWNER_ADMIN,
  },
  {
    name: 'buyerGroups',
    kind: 'Query',
    document: `{ buyerGroups { id } }`,
    reveals: (d, c) => ids(d.buyerGroups).includes(c.world.groupId),
    expect: stateless('U H H A H H A H'),
  },
  {
    name: 'buyerGroupProposals',
    kind: 'Query',
    document: `{ buyerGroupProposals { id } }`,
    reveals: (d, c) => ids(d.buyerGroupProposals).includes(c.world.proposalId),
    expect: stateless('U H H A H H A H'),
  },
  {
    name: 'needQuestions',
    kind: 'Query',
    document: `query($needId: ID!) { needQuestions(needId: $needId) { id } }`,
    vars: needVar('needId'),
    expect: OWNER_ADMIN, // the asking supplier reads its own questions through myQuestions only
  },
  {
    name: 'myQuestions',
    kind: 'Query',
    document: `{ myQuestions { id } }`,
    reveals: (d, c) => ids(d.myQuestions).includes(c.world.questionId),
    expect: stateless('U A H F F F F F'),
  },
  {
    name: 'criteriaEvaluationRun',
    kind: 'Query',
    document: `query($id: ID!) { criteriaEvaluationRun(id: $id) { id } }`,
    vars: (c) => ({ id: c.world.evaluationRunId }),
    reveals: (d) => d.criteriaEvaluationRun !== null,
    expect: stateless('U F F F F F F A'),
  },
  {
    name: 'criteriaEvaluationRuns',
    kind: 'Query',
    document: `{ criteriaEvaluationRuns { id } }`,
    reveals: (d, c) => ids(d.criteriaEvaluationRuns).includes(c.world.evaluationRunId),
    expect: stateless('U F F F F F F A'),
  },
  {
    name: 'needAdvice',
    kind: 'Query',
    document: `{ needAdvice(input: { title: "Färre fallolyckor bland äldre" }) { likelySupplierCount findings { code } } }`,
    expect: stateless('U F F A A A A F'), // buyers draft; nothing is stored, so unverified buyers too
  },
  {
    name: 'innovationFunnel',
    kind: 'Query',
    document: `{ innovationFunnel(groupBy: MONTH) { group published } }`,
    expect: stateless('A A A A A A A A'), // open data: aggregated counts only
  },
];
