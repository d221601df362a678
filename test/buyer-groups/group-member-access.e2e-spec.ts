import { createAdmin, createTestEnv, login, register, sampleNeed, Session, TestEnv, verifiedBuyer } from '@navet/testing';
import { CREATE_NEED, PUBLISH } from '../matching/match-graphql';

const LEDGER = `query($needId: ID!) { needLedger(needId: $needId) { sequence action } verifyNeedLedger(needId: $needId) }`;
const PROPOSE = `mutation($from: ID!, $to: ID!) { proposeBuyerGroup(fromNeedId: $from, toNeedId: $to) { id } }`;
const RESPOND = `mutation($id: ID!) { respondToBuyerGroupProposal(proposalId: $id, accept: true) { status } }`;

/** What membership of a buyer group opens beyond matches: the other needs' ledgers and the open data's buyers. */
describe('buyer-group members (e2e)', () => {
  let env: TestEnv;
  let proposer: Session;
  let receiver: Session;
  let outsider: Session;
  let supplier: Session;
  let receiverNeed: string;
  let base: string;

  const publish = async (who: Session, title: string) => {
    const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed({ title }) }, who.token))
      .createNeed.id;
    await env.gql.ok(PUBLISH, { id }, who.token);
    return id;
  };
  const code = async (query: string, vars: Record<string, unknown>, who: Session) =>
    (await env.gql.fails(query, vars, who.token)).extensions?.code;
  const ledgerExport = (who: Session) =>
    fetch(`${base}/needs/${receiverNeed}/ledger.json`, { headers: { authorization: `Bearer ${who.token}` } });

  beforeAll(async () => {
    env = await createTestEnv();
    base = env.url.replace('/graphql', '');
    const creds = await createAdmin(env);
    const admin = await login(env, creds.email, creds.password);
    proposer = await verifiedBuyer(env, admin, 'Laddstads kommun');
    receiver = await verifiedBuyer(env, admin, 'Norrbyns kommun');
    outsider = await verifiedBuyer(env, admin, 'Tredje kommunen');
    supplier = await register(env, 'SUPPLIER', 'Laddbolaget AB');
    const proposerNeed = await publish(proposer, 'Laddning för hemtjänstens bilar');
    receiverNeed = await publish(receiver, 'Laddplatser för hemtjänsten');
    const proposal = await env.gql.ok<{ proposeBuyerGroup: { id: string } }>(
      PROPOSE,
      { from: proposerNeed, to: receiverNeed },
      proposer.token,
    );
    await env.gql.ok(RESPOND, { id: proposal.proposeBuyerGroup.id }, receiver.token);
    await env.drain();
  }, 120_000);
  afterAll(() => env?.close());

  it("reads the other member's ledger in GraphQL and as an export; outsiders and suppliers cannot", async () => {
    const asMember = await env.gql.ok<{ needLedger: { action: string }[]; verifyNeedLedger: boolean }>(
      LEDGER,
      { needId: receiverNeed },
      proposer.token,
    );
    expect(asMember.needLedger.map((e) => e.action)).toContain('BUYER_GROUP_ACCEPTED');
    expect(asMember.verifyNeedLedger).toBe(true);
    expect(await code(LEDGER, { needId: receiverNeed }, outsider)).toBe('FORBIDDEN');
    expect(await code(LEDGER, { needId: receiverNeed }, supplier)).toBe('FORBIDDEN');
    expect((await ledgerExport(proposer)).status).toBe(200);
    expect((await ledgerExport(outsider)).status).toBe(404);
  });

  it("lists both buyers in the open data, the proposer as lead, on the receiver's need too", async () => {
    const feed = (await (await fetch(`${base}/ocds/releases?limit=1000`)).json()) as {
      releases: { ocid: string; buyer: { name: string }; parties: { name: string; roles: string[] }[] }[];
    };
    const release = feed.releases.filter((r) => r.ocid.endsWith(receiverNeed)).at(-1)!;
    expect(release.buyer.name).toBe('Laddstads kommun');
    expect(
      release.parties
        .filter((p) => p.roles.includes('buyer'))
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Laddstads kommun', 'Norrbyns kommun']);
  });
});
