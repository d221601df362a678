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
const CLOSE = `mutation($id: ID!, $outcome: NeedOutcomeInput) { closeNeed(id: $id, outcome: $outcome) { id } }`;
const PROFILE = `mutation($input: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $input) { id } }`;
const ADVICE = `query($input: NeedDraftInput!) { needAdvice(input: $input) {
  suggestedCpvCodes { cpv { code labelSv } score reason }
  findings { code severity field message }
  similarClosedNeeds { score need { id status outcome { result summary lessonsLearned } } }
  similarOpenNeeds { score need { id buyer { id } } }
  likelySupplierCount } }`;

interface Advice {
  suggestedCpvCodes: { cpv: { code: string }; score: number; reason: string }[];
  findings: { code: string; severity: string; field: string; message: string }[];
  similarClosedNeeds: {
    score: number;
    need: { id: string; status: string; outcome: { result: string; lessonsLearned: string } | null };
  }[];
  similarOpenNeeds: { score: number; need: { id: string; buyer: { id: string } } }[];
  likelySupplierCount: number;
}

describe('needAdvice: the need co-pilot (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;
  let otherBuyer: Session;
  let supplier: Session;
  let openNeed: string;
  let closedNeed: string;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    const admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Rådkommun');
    otherBuyer = await verifiedBuyer(env, admin, 'Grannkommun');
    supplier = await register(env, 'SUPPLIER', 'Laddare AB');
    const profileId = (
      await env.gql.ok<{ upsertSupplierProfile: { id: string } }>(PROFILE, { input: sampleProfile() }, supplier.token)
    ).upsertSupplierProfile.id;
    const publish = async (who: Session) => {
      const id = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE, { input: sampleNeed() }, who.token)).createNeed.id;
      await env.gql.ok(PUBLISH, { id }, who.token);
      return id;
    };
    openNeed = await publish(otherBuyer);
    closedNeed = await publish(otherBuyer);
    await env.drain();
    const outcome = {
      result: 'PROCURED',
      summary: 'Laddning upphandlad efter dialog.',
      lessonsLearned: 'Ta med fastighetsägarna tidigt.',
      contractedSupplierIds: [profileId],
    };
    await env.gql.ok(CLOSE, { id: closedNeed, outcome }, otherBuyer.token);
    await env.drain();
  });
  afterAll(() => env.close());

  const advise = async (input: Record<string, unknown>, who = buyer) =>
    (await env.gql.ok<{ needAdvice: Advice }>(ADVICE, { input }, who.token)).needAdvice;

  it('suggests CPV codes with reasons, finds the reuse radar and counts likely suppliers for a Swedish draft', async () => {
    const { cpvCodes: _codes, ...draft } = sampleNeed();
    const advice = await advise({ ...draft, focusAreas: undefined });
    expect(advice.suggestedCpvCodes.map((s) => s.cpv.code)).toContain('34144900-7');
    for (const s of advice.suggestedCpvCodes) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reason).not.toBe('');
    }
    expect(advice.findings).toContainEqual(expect.objectContaining({ code: 'NO_CPV_CODES', field: 'cpvCodes' }));
    expect(advice.similarOpenNeeds.map((s) => s.need.id)).toEqual([openNeed]);
    expect(advice.similarClosedNeeds).toEqual([
      expect.objectContaining({
        need: expect.objectContaining({
          id: closedNeed,
          status: 'CLOSED',
          outcome: expect.objectContaining({ result: 'PROCURED', lessonsLearned: 'Ta med fastighetsägarna tidigt.' }),
        }),
      }),
    ]);
    const coded = await advise({ ...draft, focusAreas: undefined, cpvCodes: ['34144900-7'] });
    expect(coded.likelySupplierCount).toBe(1);
    expect(coded.findings.map((f) => f.code)).not.toContain('NO_CPV_CODES');
  });

  it('gives wording findings in the draft language, naming the fields', async () => {
    const en = await advise({
      title: 'An iPad for every home care worker',
      summary: 'We want to buy tablets.',
      language: 'en',
      cpvCodes: ['30000000-9'],
      regionCodes: [],
    });
    const byCode = (code: string) => en.findings.filter((f) => f.code === code).map((f) => f.field);
    expect(byCode('BRAND_NAME')).toContain('title');
    expect(byCode('SOLUTION_BIASED')).toContain('summary');
    expect(byCode('NO_OUTCOMES')).toEqual(['desiredOutcomes']);
    expect(byCode('TOO_SHORT')).toEqual(['description']);
    expect(byCode('MISSING_REGIONS')).toEqual(['regionCodes']);
    expect(byCode('CPV_TOO_COARSE')).toEqual(['cpvCodes']);
    expect(en.findings.find((f) => f.code === 'MISSING_REGIONS')!.message).toMatch(/^No region is chosen/);
    const sv = await advise({ title: 'Vi vill köpa en app', regionCodes: ['SE110'] });
    expect(sv.findings.find((f) => f.code === 'SOLUTION_BIASED')!.message).toMatch(/beskriver en lösning/);
  });

  it('is for buyers only and validates the draft like a need', async () => {
    expect((await env.gql.fails(ADVICE, { input: { title: 'Laddning' } }, supplier.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(ADVICE, { input: { title: 'Laddning' } })).extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await env.gql.fails(ADVICE, { input: { title: 'Laddning', cpvCodes: ['99999999-9'] } }, buyer.token);
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cpvCodes' });
    const blank = await env.gql.fails(ADVICE, { input: { title: ' ' } }, buyer.token);
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
  });
});
