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
import { CREATE_NEED, EXPRESS_INTEREST, MATCHES_FOR_NEED, MatchView, MY_MATCHES, PUBLISH, UPSERT_PROFILE } from './match-graphql';

const UPDATE = `mutation($input: MatchCriteriaInput!, $rematch: Boolean) { updateMatchCriteria(input: $input, rematch: $rematch) { version } }`;
const NOTIFICATIONS_WITH_MATCH = `query { notifications { id type needId matchId match { id status need { id } } } }`;
const STATS = `query { platformStats { suggestions } }`;

interface NotificationWithMatch {
  id: string;
  type: string;
  needId: string | null;
  matchId: string | null;
  match: { id: string; status: string; need: { id: string } } | null;
}

const criteria = (minScore: number) => ({
  weights: { text: 0.3, cpv: 0.3, region: 0.15, focusArea: 0.1, readiness: 0.1, feedback: 0.05 },
  minScore,
  maxSuggestionsPerNeed: 10,
  note: `minScore ${minScore}`,
});

describe('suggestions withdrawn by re-matching (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;
  let quiet: Session;
  let eager: Session;
  let outsider: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin);
    [quiet, eager, outsider] = [
      await register(env, 'SUPPLIER'),
      await register(env, 'SUPPLIER'),
      await register(env, 'SUPPLIER'),
    ];
    for (const s of [quiet, eager]) await env.gql.ok(UPSERT_PROFILE, { input: sampleProfile() }, s.token);
    await env.drain();
  });
  afterAll(() => env?.close());

  const notifications = async (s: Session) =>
    (await env.gql.ok<{ notifications: NotificationWithMatch[] }>(NOTIFICATIONS_WITH_MATCH, {}, s.token)).notifications;
  const myMatches = async (s: Session, status?: string[]) =>
    (await env.gql.ok<{ myMatches: MatchView[] }>(MY_MATCHES, { status }, s.token)).myMatches;
  const suggestions = async () => (await env.gql.ok<{ platformStats: { suggestions: number } }>(STATS)).platformStats.suggestions;
  const supplierNotified = async (needId: string) =>
    (
      (await env.ds.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE need_id = $1 AND action = 'SUPPLIER_NOTIFIED'`, [
        needId,
      ])) as { n: number }[]
    )[0]!.n;
  const setMinScore = async (minScore: number) => {
    await env.gql.ok(UPDATE, { input: criteria(minScore), rematch: true }, admin.token);
    await env.drain();
  };

  it('withdraws a dropped suggestion so its NEW_MATCH still resolves, restores it without a second alert, never touches acted matches', async () => {
    const needId = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed() }, buyer.token))
      .createNeed.id;
    await env.gql.ok(PUBLISH, { id: needId }, buyer.token);
    await env.drain();

    const [alert] = (await notifications(quiet)).filter((n) => n.type === 'NEW_MATCH' && n.needId === needId);
    expect(alert?.match).toMatchObject({ id: alert!.matchId, status: 'SUGGESTED', need: { id: needId } });
    const interested = (await env.gql.ok<{ expressInterest: MatchView }>(EXPRESS_INTEREST, { needId }, eager.token))
      .expressInterest;
    await env.drain();
    expect(await suggestions()).toBe(2);
    const notified = await supplierNotified(needId);
    expect(notified).toBeGreaterThanOrEqual(1);

    // Nothing clears 0.99: the untouched suggestion is withdrawn, the acted one stays as it was.
    await setMinScore(0.99);
    const [stillThere] = (await notifications(quiet)).filter((n) => n.id === alert!.id);
    expect(stillThere).toMatchObject({ matchId: alert!.matchId, match: { id: alert!.matchId, status: 'WITHDRAWN' } });
    expect(await myMatches(quiet)).toEqual([]);
    expect((await myMatches(quiet, ['WITHDRAWN'])).map((m) => m.id)).toEqual([alert!.matchId]);
    const listed = (await env.gql.ok<{ matchesForNeed: MatchView[] }>(MATCHES_FOR_NEED, { needId }, buyer.token)).matchesForNeed;
    expect(listed.map((m) => [m.id, m.status])).toEqual([[interested.id, 'INTERESTED']]);
    expect(await suggestions()).toBe(1);
    // Another organization's notifications never name it; its matches list does not either.
    expect((await notifications(outsider)).some((n) => n.matchId === alert!.matchId)).toBe(false);
    expect(await myMatches(outsider, ['WITHDRAWN'])).toEqual([]);

    // Qualifying again restores the same match, and the supplier is not alerted a second time.
    await setMinScore(0.05);
    const alerts = (await notifications(quiet)).filter((n) => n.type === 'NEW_MATCH' && n.needId === needId);
    expect(alerts.map((n) => [n.id, n.match?.status])).toEqual([[alert!.id, 'SUGGESTED']]);
    expect((await myMatches(quiet)).map((m) => m.id)).toEqual([alert!.matchId]);
    expect((await myMatches(eager)).map((m) => [m.id, m.status])).toEqual([[interested.id, 'INTERESTED']]);
    expect(await suggestions()).toBe(2);
    // One SUPPLIER_NOTIFIED per alert: neither the withdrawal nor the restore writes to the ledger.
    expect(await supplierNotified(needId)).toBe(notified);
  });
});
