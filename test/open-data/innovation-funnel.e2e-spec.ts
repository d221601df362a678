import { FUNNEL_GROUPINGS, FunnelGrouping, funnelNeedGroupsSql } from '@navet/needs';
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

const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishNeed(id: $id) { id } }`;
const PROFILE = `mutation($input: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $input) { id } }`;
const INTEREST = `mutation($needId: ID!) { expressInterest(needId: $needId) { id status } }`;
const INVITE = `mutation($needId: ID!, $supplierId: ID!) { inviteSupplier(needId: $needId, supplierId: $supplierId) { id status } }`;
const DIALOGUES = `query($needId: ID) { dialogues(needId: $needId) { id } }`;
const SEND = `mutation($dialogueId: ID!, $body: String!) { sendDialogueMessage(dialogueId: $dialogueId, body: $body) { id } }`;
const CLOSE = `mutation($id: ID!, $outcome: NeedOutcomeInput) { closeNeed(id: $id, outcome: $outcome) { id } }`;
const FUNNEL = `query($groupBy: FunnelGrouping!, $from: DateTime, $to: DateTime) {
  innovationFunnel(groupBy: $groupBy, from: $from, to: $to) { group published withSuggestions withInterest connected inDialogue procured } }`;

interface Row {
  group: string;
  published: number;
  withSuggestions: number;
  withInterest: number;
  connected: number;
  inDialogue: number;
  procured: number;
}

describe('innovationFunnel and /stats/funnel.csv (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;
  let supplier: Session;
  let profileId: string;
  const base = () => env.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    const admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Trattkommun');
    supplier = await register(env, 'SUPPLIER', 'Trattleverantören AB');
    profileId = (await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(PROFILE, { input: sampleProfile() }, supplier.token))
      .upsertSupplierProfile.id;
    await env.drain();
    const publish = async (over: Record<string, unknown>) => {
      const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE, { input: sampleNeed(over) }, buyer.token)).createNeed
        .id;
      await env.gql.ok(PUBLISH, { id }, buyer.token);
      return id;
    };
    // Three published needs (one about something no supplier offers), one draft that never counts.
    const connected = await publish({});
    await publish({ focusAreas: ['TRANSPORT'] });
    await publish({
      title: 'Skolmåltider som eleverna äter',
      summary: 'Mindre matsvinn i skolan.',
      description: 'Eleverna slänger mycket mat; vi vill förstå varför.',
      cpvCodes: ['55523100-3'],
      regionCodes: ['SE221'],
      focusAreas: ['FOOD'],
    });
    await env.gql.ok(CREATE, { input: sampleNeed({ focusAreas: ['ENERGY'] }) }, buyer.token);
    await env.drain();
    await env.gql.ok(INTEREST, { needId: connected }, supplier.token);
    await env.gql.ok(INVITE, { needId: connected, supplierId: profileId }, buyer.token);
    await env.drain();
    const [dialogue] = (await env.gql.ok<{ dialogues: { id: string }[] }>(DIALOGUES, { needId: connected }, buyer.token))
      .dialogues;
    await env.gql.ok(SEND, { dialogueId: dialogue!.id, body: 'Välkommen till dialogen.' }, buyer.token);
    const outcome = { result: 'PROCURED', summary: 'Upphandlat efter dialogen.', contractedSupplierIds: [profileId] };
    await env.gql.ok(CLOSE, { id: connected, outcome }, buyer.token);
  });
  afterAll(() => env.close());

  it('counts each step per focus area, for anyone, naming no organization', async () => {
    const rows = (await env.gql.ok<{ innovationFunnel: Row[] }>(FUNNEL, { groupBy: 'FOCUS_AREA' })).innovationFunnel;
    expect(rows).toEqual([
      // Whether the matcher finds the charging supplier for school meals is its own business.
      {
        group: 'FOOD',
        published: 1,
        withSuggestions: expect.any(Number),
        withInterest: 0,
        connected: 0,
        inDialogue: 0,
        procured: 0,
      },
      { group: 'HEALTH_AND_CARE', published: 1, withSuggestions: 1, withInterest: 1, connected: 1, inDialogue: 1, procured: 1 },
      { group: 'TRANSPORT', published: 2, withSuggestions: 2, withInterest: 1, connected: 1, inDialogue: 1, procured: 1 },
    ]);
  });

  it('groups by region, CPV division and month, and filters by publication date', async () => {
    const q = async (groupBy: string, vars: Record<string, unknown> = {}) =>
      (await env.gql.ok<{ innovationFunnel: Row[] }>(FUNNEL, { groupBy, ...vars })).innovationFunnel;
    expect((await q('REGION')).map((r) => [r.group, r.published])).toEqual([
      ['SE110', 2],
      ['SE221', 1],
    ]);
    expect((await q('CPV_DIVISION')).map((r) => [r.group, r.published, r.procured])).toEqual([
      ['34', 2, 1],
      ['55', 1, 0],
    ]);
    const month = new Date().toISOString().slice(0, 7);
    expect((await q('MONTH')).map((r) => [r.group, r.published])).toEqual([[month, 3]]);
    expect(await q('MONTH', { to: '2020-01-01T00:00:00Z' })).toEqual([]);
    const error = await env.gql.fails(FUNNEL, { groupBy: 'MONTH', from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('answers exactly as a count over the matches themselves, also after matches change', async () => {
    // The statement the funnel ran before match_funnel_steps: a probe of the matches per need.
    const direct = (groupBy: string) =>
      env.ds.query(
        `WITH p AS (${funnelNeedGroupsSql(groupBy as FunnelGrouping)}),
              f AS (SELECT n.need_id,
                      EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.need_id AND m.origin = 'MATCHER' AND m.status <> 'WITHDRAWN') AS suggested,
                      EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.need_id AND m.supplier_interested) AS interest,
                      EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.need_id AND m.status = 'CONNECTED') AS connected,
                      EXISTS (SELECT 1 FROM dialogues d WHERE d.need_id = n.need_id AND d.message_count > 0) AS in_dialogue
                      FROM (SELECT DISTINCT need_id FROM p) n)
         SELECT p.grp AS "group", count(*)::int AS published, count(*) FILTER (WHERE f.suggested)::int AS "withSuggestions",
                count(*) FILTER (WHERE f.interest)::int AS "withInterest", count(*) FILTER (WHERE f.connected)::int AS connected,
                count(*) FILTER (WHERE f.in_dialogue)::int AS "inDialogue", count(*) FILTER (WHERE p.procured)::int AS procured
           FROM p JOIN f USING (need_id) GROUP BY p.grp ORDER BY p.grp COLLATE "C"`,
        [null, null],
      );
    const agree = async () => {
      for (const groupBy of FUNNEL_GROUPINGS) {
        const rows = (await env.gql.ok<{ innovationFunnel: Row[] }>(FUNNEL, { groupBy })).innovationFunnel;
        expect(rows).toEqual(await direct(groupBy));
      }
    };
    await agree();
    // A withdrawal with a retracted interest and its undoing, written in SQL (any writer of matches):
    // the steps follow the matches in the writing statement's transaction.
    const [first] = (await env.ds.query(
      `SELECT need_id AS "needId" FROM matches WHERE status = 'SUGGESTED' AND origin = 'MATCHER' ORDER BY id LIMIT 1`,
    )) as { needId: string }[];
    const saved = await env.ds.query(`SELECT id, status, supplier_interested FROM matches WHERE need_id = $1`, [first!.needId]);
    await env.ds.query(`UPDATE matches SET status = 'WITHDRAWN', supplier_interested = false WHERE need_id = $1`, [
      first!.needId,
    ]);
    await agree();
    await env.ds.query(
      `UPDATE matches m SET status = s.status, supplier_interested = s.supplier_interested
         FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, status text, supplier_interested boolean) WHERE m.id = s.id`,
      [JSON.stringify(saved)],
    );
    await agree();
  });

  it('serves the same rows as CSV with validated parameters', async () => {
    const res = await fetch(`${base()}/stats/funnel.csv?groupBy=FOCUS_AREA&from=2000-01-01`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(await res.text()).toMatch(
      /^group,published,withSuggestions,withInterest,connected,inDialogue,procured\r\nFOOD,1,[01],0,0,0,0\r\nHEALTH_AND_CARE,1,1,1,1,1,1\r\nTRANSPORT,2,2,1,1,1,1\r\n$/,
    );
    for (const [qs, field] of [
      ['groupBy=WEEK', 'groupBy'],
      ['groupBy=MONTH&from=yesterday', 'from'],
      ['groupBy=MONTH&to=2026-01-01&to=2026-02-01', 'to'],
    ]) {
      const bad = await fetch(`${base()}/stats/funnel.csv?${qs}`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: 'BAD_USER_INPUT', field });
    }
  });
});
