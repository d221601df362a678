import { createTestEnv, GqlError, register, sampleNeed, sampleProfile, Session, TestEnv } from '@navet/testing';

const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id title regions { code name } } }`;
const PROFILE = `mutation($input: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $input) { id } }`;
const SAVE_SEARCH = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`;

/** Issue 11 findings 8 and 9: wrong input is refused with BAD_USER_INPUT naming the field, and nothing is written. */
describe('input hygiene (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;
  let supplier: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    buyer = await register(env, 'PUBLIC_BUYER', 'Hygienkommunen');
    supplier = await register(env, 'SUPPLIER', 'Hygienbolaget AB');
  });
  afterAll(() => env?.close());

  const needCount = async () => Number((await env.ds.query(`SELECT count(*)::int AS n FROM needs`))[0].n);
  const refused = async (query: string, variables: Record<string, unknown>, token: string): Promise<GqlError> => {
    const before = await needCount();
    const error = await env.gql.fails(query, variables, token);
    expect(await needCount()).toBe(before);
    return error;
  };
  const expectField = (e: GqlError, field: string) => expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', field });

  describe('text fields', () => {
    it('refuses a title of zero-width spaces', async () => {
      expectField(
        await refused(CREATE, { input: sampleNeed({ title: '\u200B\u200B\u200B\u200B\u200B' }) }, buyer.token),
        'title',
      );
    });

    it('refuses bidirectional override characters', async () => {
      const e = await refused(CREATE, { input: sampleNeed({ description: 'Faktura \u202Efdp.exe' }) }, buyer.token);
      expectField(e, 'description');
    });

    it('refuses control characters and line breaks in a title', async () => {
      expectField(await refused(CREATE, { input: sampleNeed({ title: 'Laddning\u0007 av elbilar' }) }, buyer.token), 'title');
      expectField(await refused(CREATE, { input: sampleNeed({ title: 'Laddning\nav elbilar' }) }, buyer.token), 'title');
    });

    it('stores text without zero-width spaces, and keeps joiners real scripts need', async () => {
      const d = await env.gql.ok<{ createNeed: { title: string } }>(
        CREATE,
        { input: sampleNeed({ title: '\u200BLaddning\u200B av elbilar för می\u200Cخواهم' }) },
        buyer.token,
      );
      expect(d.createNeed.title).toBe('Laddning av elbilar för می\u200Cخواهم');
    });

    it('applies the same rules to supplier profiles and saved searches', async () => {
      expectField(
        await env.gql.fails(PROFILE, { input: sampleProfile({ headline: '\u2066Laddning\u2069' }) }, supplier.token),
        'headline',
      );
      expectField(await env.gql.fails(SAVE_SEARCH, { input: { name: '\u200B\u200D' } }, supplier.token), 'name');
    });
  });

  describe('codes and dates', () => {
    it('refuses region XX999 and other codes that are not in NUTS 2021', async () => {
      expectField(await refused(CREATE, { input: sampleNeed({ regionCodes: ['XX999'] }) }, buyer.token), 'regionCodes');
      expectField(await refused(CREATE, { input: sampleNeed({ regionCodes: ['DE999'] }) }, buyer.token), 'regionCodes');
    });

    it('accepts an existing EU region, named by its code', async () => {
      const d = await env.gql.ok<{ createNeed: { regions: { code: string; name: string }[] } }>(
        CREATE,
        { input: sampleNeed({ regionCodes: ['SE110', 'FI1B1'] }) },
        buyer.token,
      );
      expect(d.createNeed.regions).toEqual([
        { code: 'SE110', name: 'Stockholms län' },
        { code: 'FI1B1', name: 'FI1B1' },
      ]);
    });

    it('refuses language zz for needs and supplier profiles', async () => {
      expectField(await refused(CREATE, { input: sampleNeed({ language: 'zz' }) }, buyer.token), 'language');
      expectField(
        await env.gql.fails(PROFILE, { input: sampleProfile({ languages: ['sv', 'zz'] }) }, supplier.token),
        'languages',
      );
    });

    it('refuses a deadline in the year 275760, and one more than 20 years ahead', async () => {
      const far = await refused(CREATE, { input: sampleNeed({ dialogueDeadline: '+275760-09-12T00:00:00.000Z' }) }, buyer.token);
      expectField(far, 'dialogueDeadline');
      const later = new Date();
      later.setUTCFullYear(later.getUTCFullYear() + 21);
      expectField(
        await refused(CREATE, { input: sampleNeed({ dialogueDeadline: later.toISOString() }) }, buyer.token),
        'dialogueDeadline',
      );
    });
  });

  describe('coercion errors name their field', () => {
    const inline = (fields: string) =>
      `mutation { createNeed(input: { title: "Laddning av elbilar", summary: "s", description: "d", cpvCodes: ["34144900-7"],
        regionCodes: ["SE110"], ${fields} }) { id } }`;

    it('an Int overflow in a variable', async () => {
      const r = await env.gql.request(CREATE, { input: sampleNeed({ estimatedValueSek: 2147483648 }) }, buyer.token);
      expect(r.status).toBe(400);
      expectField(r.errors![0]!, 'input.estimatedValueSek');
    });

    it('an Int overflow in an inline literal', async () => {
      const r = await env.gql.request(inline('estimatedValueSek: 2147483648'), {}, buyer.token);
      expect(r.status).toBe(400);
      expectField(r.errors![0]!, 'input.estimatedValueSek');
    });

    it('a bad enum value in a variable and in an inline literal', async () => {
      const v = await env.gql.request(CREATE, { input: sampleNeed({ focusAreas: ['TRANSPORT', 'SPACE_TRAVEL'] }) }, buyer.token);
      expectField(v.errors![0]!, 'input.focusAreas');
      const l = await env.gql.request(inline('focusAreas: [TRANSPORT, SPACE_TRAVEL]'), {}, buyer.token);
      expectField(l.errors![0]!, 'input.focusAreas');
    });

    it('a missing required input field and an unknown one, in a variable and in a literal', async () => {
      const { title: _title, ...withoutTitle } = sampleNeed();
      expectField((await env.gql.request(CREATE, { input: withoutTitle }, buyer.token)).errors![0]!, 'input.title');
      const literal = `mutation { createNeed(input: { summary: "s", description: "d", cpvCodes: ["34144900-7"], regionCodes: ["SE110"] }) { id } }`;
      expectField((await env.gql.request(literal, {}, buyer.token)).errors![0]!, 'input.title');
      expectField(
        (await env.gql.request(CREATE, { input: sampleNeed({ colour: 'red' }) }, buyer.token)).errors![0]!,
        'input.colour',
      );
      expectField((await env.gql.request(inline('colour: "red"'), {}, buyer.token)).errors![0]!, 'input.colour');
    });

    it('a wrongly typed top-level argument names the argument', async () => {
      const r = await env.gql.request(`query { searchNeeds(pageSize: 99999999999) { totalHits } }`);
      expectField(r.errors![0]!, 'pageSize');
    });
  });
});
