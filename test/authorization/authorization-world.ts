import { randomUUID } from 'node:crypto';
import {
  createAdmin,
  login,
  register,
  sampleNeed,
  sampleProfile,
  Session,
  TestEnv,
  verifiedBuyer,
  WebhookReceiver,
} from '@navet/testing';
import { DIALOGUES, INTEREST_WITH_MESSAGE, INVITE_WITH_MESSAGE, SEND } from '../dialogue/dialogue-graphql';
import { CREATE_NEED, DECLINE, PREFS, PUBLISH, UPSERT_PROFILE } from '../matching/match-graphql';

/**
 * The shared, read-only world of the authorization matrix: every actor, buyer A's needs in every
 * state, supplier A's matches with buyer A in every state, a buyer group, dialogues, a question,
 * notifications. Mutation cells that change state get fresh objects (see `fresh*` below and the
 * decline fixtures built here in bulk, so the matcher runs once for all of them).
 */
export const ACTORS = [
  'anonymous',
  'supplierA',
  'supplierB',
  'buyerA',
  'buyerB',
  'unverifiedBuyer',
  'groupMember',
  'admin',
  'deletedUser',
] as const;
export type ActorName = (typeof ACTORS)[number];

export const NEED_STATES = ['draft', 'published', 'closed'] as const;
export type NeedState = (typeof NEED_STATES)[number];
export const MATCH_STATES = ['SUGGESTED', 'INTERESTED', 'INVITED', 'CONNECTED', 'DECLINED'] as const;
export type MatchState = (typeof MATCH_STATES)[number];

export interface World {
  sessions: Record<Exclude<ActorName, 'anonymous'>, Session>;
  /** Supplier A's profile (discoverable) and supplier B's (hidden from search and matching). */
  profiles: { discoverable: string; hidden: string };
  /** Buyer A's needs; `published` is in a buyer group with buyer C's need and CONNECTED with supplier A. */
  needs: Record<NeedState, string>;
  /** Supplier A x buyer A, one need per state; CONNECTED is on needs.published. */
  matches: Record<MatchState, { id: string; needId: string }>;
  /** Profiles whose only relation with buyer A is a match in that state (CONNECTED: supplier A's). */
  contactProfiles: Record<MatchState, string>;
  /** Supplier A x buyer A: open on needs.published (grouped), closed on the DECLINED match's need. */
  dialogues: { open: string; closed: string };
  groupId: string;
  proposalId: string;
  questionId: string;
  savedSearchId: string;
  evaluationRunId: string;
  buyerANotificationIds: string[];
  webhookUrl: string;
  criteriaInput: Record<string, unknown>;
  /** Fresh matches for declineMatch cells (it changes state): one per state and actor. */
  declineFixtures: Record<MatchState, Record<ActorName, string>>;
}

export const SUPPLIER_A_PROFILE = sampleProfile({ contactEmail: 'kontakt@leverantor-a.example' });
export const SUPPLIER_B_PROFILE = sampleProfile({ contactEmail: 'kontakt@leverantor-b.example', discoverable: false });

/** The matcher runs for some fifty needs at once: more than the harness's default 30 s on a busy machine. */
const DRAIN_MS = 120_000;

const MATCHES_OF_NEED = `query($needId: ID!) { matchesForNeed(needId: $needId, first: 100) { id status supplier { id } } }`;
const PROPOSE = `mutation($from: ID!, $to: ID!) { proposeBuyerGroup(fromNeedId: $from, toNeedId: $to) { id group { id } } }`;
const RESPOND = `mutation($id: ID!) { respondToBuyerGroupProposal(proposalId: $id, accept: true) { id group { id } } }`;
const ASK = `mutation($needId: ID!) { askQuestion(needId: $needId, question: "Hur många laddplatser behövs per bas?") { id } }`;
const SAVE_SEARCH = `mutation { saveSearch(input: { name: "Laddning", cpvPrefixes: ["34"] }) { id } }`;
const CLOSE_NEED = `mutation($id: ID!) { closeNeed(id: $id) { id version } }`;
const CRITERIA = `{ matchCriteria { weights { text cpv region focusArea readiness feedback } minScore maxSuggestionsPerNeed } }`;
const START_RUN = `mutation($input: MatchCriteriaInput!) { startCriteriaEvaluation(input: $input) { id } }`;
const NOTIFICATIONS = `{ notifications(first: 200) { id } }`;

export const tokenOf = (w: World, actor: ActorName): string | undefined =>
  actor === 'anonymous' ? undefined : w.sessions[actor].token;

/** A need of `who`, left in `state`; returns its id and current version. */
export async function freshNeed(
  env: TestEnv,
  who: Session,
  state: NeedState,
  title = `Laddning ${randomUUID().slice(0, 8)}`,
): Promise<{ id: string; version: number }> {
  const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed({ title }) }, who.token))
    .createNeed.id;
  if (state === 'draft') return { id, version: 1 };
  await env.gql.ok(PUBLISH, { id }, who.token);
  if (state === 'published') return { id, version: 2 };
  await env.gql.ok(CLOSE_NEED, { id }, who.token);
  return { id, version: 3 };
}

/** Supplier A's match on a need of buyer A, found after the matcher ran. */
async function suggestedMatch(env: TestEnv, buyer: Session, needId: string, profileId: string): Promise<string> {
  const list = (
    await env.gql.ok<{ matchesForNeed: { id: string; supplier: { id: string } }[] }>(MATCHES_OF_NEED, { needId }, buyer.token)
  ).matchesForNeed;
  const match = list.find((m) => m.supplier.id === profileId);
  if (!match) throw new Error(`fixture: the matcher did not suggest profile ${profileId} for need ${needId}`);
  return match.id;
}

/** The parties' own words on a match: for the two parties and admins only. */
export const INTEREST_WORDS = 'Vi har byggt laddning för tre hemtjänstgrupper.';
export const INVITATION_WORDS = 'Välkomna till en dialog om lastbalansering.';

/** Moves a SUGGESTED match (supplier x need) into `state` through the public operations, with the parties' words. */
async function moveTo(env: TestEnv, state: MatchState, needId: string, buyer: Session, supplier: Session, profileId: string) {
  const interest = () => env.gql.ok(INTEREST_WITH_MESSAGE, { needId, message: INTEREST_WORDS }, supplier.token);
  const invite = () => env.gql.ok(INVITE_WITH_MESSAGE, { needId, supplierId: profileId, message: INVITATION_WORDS }, buyer.token);
  if (state === 'INTERESTED') await interest();
  if (state === 'INVITED') await invite();
  if (state === 'CONNECTED') await interest().then(invite);
}

const registerContactSuppliers = (env: TestEnv) =>
  Promise.all([1, 2, 3, 4].map((i) => register(env, 'SUPPLIER', `Kontaktprov ${i} AB`)));

/** A second user of buyer A's organization who signed in once; then the row is deleted (a removed colleague). */
async function deletedColleague(env: TestEnv, buyerA: Session): Promise<Session> {
  const id = randomUUID();
  const email = `former-${id.slice(0, 8)}@example.test`;
  await env.ds.query(
    `INSERT INTO users (id, organization_id, email, name, role, password_hash)
       SELECT $1, organization_id, $2, 'Former colleague', role, password_hash FROM users WHERE id = $3`,
    [id, email, buyerA.userId],
  );
  const session = await login(env, email, buyerA.password);
  await env.ds.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [id]);
  await env.ds.query(`DELETE FROM users WHERE id = $1`, [id]);
  return session;
}

export async function buildWorld(env: TestEnv, hooks: WebhookReceiver): Promise<World> {
  const gql = env.gql;
  const creds = await createAdmin(env);
  const admin = await login(env, creds.email, creds.password);
  const [buyerA, buyerB, groupMember] = await Promise.all(
    ['Kommun A', 'Kommun B', 'Kommun C'].map((name) => verifiedBuyer(env, admin, name)),
  );
  const unverifiedBuyer = await register(env, 'PUBLIC_BUYER', 'Overifierade kommunen');
  const [supplierA, supplierB] = await Promise.all([
    register(env, 'SUPPLIER', 'Leverantör A'),
    register(env, 'SUPPLIER', 'Leverantör B'),
  ]);
  const deletedUser = await deletedColleague(env, buyerA);
  const sessions = { supplierA, supplierB, buyerA, buyerB, unverifiedBuyer, groupMember, admin, deletedUser };

  const upsert = async (who: Session, input: Record<string, unknown>) =>
    (await gql.ok<{ upsertSupplierProfile: { id: string } }>(UPSERT_PROFILE, { input }, who.token)).upsertSupplierProfile.id;
  const profileA = await upsert(supplierA, SUPPLIER_A_PROFILE);
  const profileB = await upsert(supplierB, SUPPLIER_B_PROFILE);
  const contactSuppliers = await registerContactSuppliers(env);
  const contactProfileIds = await Promise.all(
    contactSuppliers.map((s, i) => upsert(s, sampleProfile({ contactEmail: `kontakt-${i}@kontaktprov.example` }))),
  );
  const webhookUrl = await hooks.start();
  await gql.ok(PREFS, { input: { webhookUrl } }, buyerA.token);
  const savedSearchId = (await gql.ok<{ saveSearch: { id: string } }>(SAVE_SEARCH, {}, supplierA.token)).saveSearch.id;
  const criteria = (await gql.ok<{ matchCriteria: Record<string, unknown> }>(CRITERIA, {}, admin.token)).matchCriteria;
  const evaluationRunId = (await gql.ok<{ startCriteriaEvaluation: { id: string } }>(START_RUN, { input: criteria }, admin.token))
    .startCriteriaEvaluation.id;
  await env.drain(DRAIN_MS); // profiles searchable before the needs are matched

  // Every need that must be matched is published before one drain: the matcher runs once for all.
  const draft = (await freshNeed(env, buyerA, 'draft')).id;
  const byState = {} as Record<MatchState, string>;
  for (const s of MATCH_STATES) byState[s] = (await freshNeed(env, buyerA, 'published')).id;
  const closed = (await freshNeed(env, buyerA, 'published')).id;
  const groupNeed = (await freshNeed(env, groupMember, 'published')).id;
  const declineNeeds = {} as Record<MatchState, Record<ActorName, string>>;
  for (const s of MATCH_STATES) {
    const published = await Promise.all(ACTORS.map(() => freshNeed(env, buyerA, 'published')));
    declineNeeds[s] = Object.fromEntries(ACTORS.map((a, i) => [a, published[i]!.id])) as Record<ActorName, string>;
  }
  await env.drain(DRAIN_MS);

  const matches = {} as World['matches'];
  for (const s of MATCH_STATES) {
    const id = await suggestedMatch(env, buyerA, byState[s], profileA);
    await moveTo(env, s === 'DECLINED' ? 'CONNECTED' : s, byState[s], buyerA, supplierA, profileA);
    matches[s] = { id, needId: byState[s] };
  }
  // Contact probes: each extra supplier's only relation with buyer A is a match in one state.
  const contactStates = ['SUGGESTED', 'INTERESTED', 'INVITED', 'DECLINED'] as const;
  const contactProfiles = { CONNECTED: profileA } as Record<MatchState, string>;
  for (const [i, s] of contactStates.entries()) {
    const matchId = await suggestedMatch(env, buyerA, byState.SUGGESTED, contactProfileIds[i]!);
    await moveTo(env, s === 'DECLINED' ? 'CONNECTED' : s, byState.SUGGESTED, buyerA, contactSuppliers[i]!, contactProfileIds[i]!);
    if (s === 'DECLINED') await gql.ok(DECLINE, { matchId }, buyerA.token);
    contactProfiles[s] = contactProfileIds[i]!;
  }
  const declineFixtures = {} as World['declineFixtures'];
  for (const s of MATCH_STATES) {
    // Separate needs, so the nine moves of one state run side by side.
    const moved = await Promise.all(
      ACTORS.map(async (a) => {
        const needId = declineNeeds[s][a];
        const id = await suggestedMatch(env, buyerA, needId, profileA);
        await moveTo(env, s === 'DECLINED' ? 'SUGGESTED' : s, needId, buyerA, supplierA, profileA);
        if (s === 'DECLINED') await gql.ok(DECLINE, { matchId: id }, supplierA.token);
        return [a, id] as const;
      }),
    );
    declineFixtures[s] = Object.fromEntries(moved) as Record<ActorName, string>;
  }
  const proposal = (
    await gql.ok<{ proposeBuyerGroup: { id: string } }>(PROPOSE, { from: byState.CONNECTED, to: groupNeed }, buyerA.token)
  ).proposeBuyerGroup;
  const groupId = (
    await gql.ok<{ respondToBuyerGroupProposal: { group: { id: string } } }>(RESPOND, { id: proposal.id }, groupMember.token)
  ).respondToBuyerGroupProposal.group.id;
  const questionId = (await gql.ok<{ askQuestion: { id: string } }>(ASK, { needId: byState.CONNECTED }, supplierA.token))
    .askQuestion.id;
  await gql.ok(CLOSE_NEED, { id: closed }, buyerA.token);
  await env.drain(DRAIN_MS); // dialogues open for the CONNECTED matches, notifications are planned

  const dialogueOf = async (needId: string) => {
    const list = (await gql.ok<{ dialogues: { id: string }[] }>(DIALOGUES, { needId }, buyerA.token)).dialogues;
    if (list.length !== 1) throw new Error(`fixture: expected one dialogue on need ${needId}, got ${list.length}`);
    return list[0]!.id;
  };
  const open = await dialogueOf(byState.CONNECTED);
  const closedDialogue = await dialogueOf(byState.DECLINED);
  await gql.ok(SEND, { dialogueId: open, body: 'Välkomna, vi bokar ett möte.' }, buyerA.token);
  await gql.ok(SEND, { dialogueId: closedDialogue, body: 'Tack för samtalet.' }, supplierA.token);
  await gql.ok(DECLINE, { matchId: matches.DECLINED.id }, buyerA.token);
  const buyerANotificationIds = (
    await gql.ok<{ notifications: { id: string }[] }>(NOTIFICATIONS, {}, buyerA.token)
  ).notifications.map((n) => n.id);
  if (buyerANotificationIds.length === 0) throw new Error('fixture: buyer A has no notifications');
  await env.drain(DRAIN_MS);

  return {
    sessions,
    profiles: { discoverable: profileA, hidden: profileB },
    needs: { draft, published: byState.CONNECTED, closed },
    matches,
    contactProfiles,
    dialogues: { open, closed: closedDialogue },
    groupId,
    proposalId: proposal.id,
    questionId,
    savedSearchId,
    evaluationRunId,
    buyerANotificationIds,
    webhookUrl,
    criteriaInput: criteria,
    declineFixtures,
  };
}
