import { createAdmin, createTestEnv, GqlResponse, login, sampleNeed, Session, TestEnv, verifiedBuyer } from '@navet/testing';

/**
 * Abuse limits and error hygiene as a production deployment runs them, with deliberately low limits
 * so a cheap query crosses each one: depth 3, 5 aliases, complexity 50.
 */
describe('API limits in production mode (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;

  beforeAll(async () => {
    env = await createTestEnv({
      NODE_ENV: 'production',
      JWT_SECRET: 'e2e-production-secret-with-at-least-32-chars',
      GRAPHQL_MAX_DEPTH: '3',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_COMPLEXITY: '50',
    });
    const creds = await createAdmin(env);
    const admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Gränskommun');
  });
  afterAll(() => env.close());

  /** A refused document: no data at all, one QUERY_TOO_COMPLEX error. */
  const expectRefused = (r: GqlResponse<unknown>, message: RegExp) => {
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors?.[0]?.message).toMatch(message);
    expect(r.status).toBe(400);
  };

  describe('depth', () => {
    it('allows a query exactly at the maximum depth', async () => {
      const r = await env.gql.request(`{ searchNeeds(pageSize: 1) { hits { need { id } } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ searchNeeds: { hits: expect.any(Array) } });
      const me = await env.gql.request(`{ me { organization { name } } }`, {}, buyer.token);
      expect(me.data).toEqual({ me: { organization: { name: 'Gränskommun' } } });
    });

    it('refuses a query one level deeper, before running it', async () => {
      expectRefused(await env.gql.request(`{ searchNeeds(pageSize: 1) { hits { need { buyer { name } } } } }`), /depth/i);
    });

    it('counts depth through fragments and inline fragments too', async () => {
      const viaFragments = `
        fragment B on Organization { name }
        fragment N on Need { buyer { ...B } }
        query { searchNeeds(pageSize: 1) { hits { need { ...N } } } }`;
      expectRefused(await env.gql.request(viaFragments), /depth/i);
      const viaInline = `{ searchNeeds(pageSize: 1) { hits { ... on NeedSearchHit { need { buyer { id } } } } } }`;
      expectRefused(await env.gql.request(viaInline), /depth/i);
    });
  });

  describe('aliases', () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: cpvCode(code: "34144900-7") { code }`).join(' ')} }`;

    it('allows up to the maximum number of aliases', async () => {
      const r = await env.gql.request<Record<string, { code: string }>>(aliased(5));
      expect(r.errors).toBeUndefined();
      expect(Object.keys(r.data ?? {})).toHaveLength(5);
    });

    it('refuses one alias more', async () => {
      expectRefused(await env.gql.request(aliased(6)), /alias/i);
    });

    it('counts aliases on nested fields as well', async () => {
      const nested = `{ searchNeeds(pageSize: 1) { ${Array.from({ length: 6 }, (_, i) => `t${i}: totalHits`).join(' ')} } }`;
      expectRefused(await env.gql.request(nested), /alias/i);
    });
  });

  describe('complexity', () => {
    const hitsQuery = `query($n: Int) { searchNeeds(pageSize: $n) { totalHits hits { rankingScore need { id title } } } }`;

    it('allows a small page of search hits', async () => {
      const r = await env.gql.request(hitsQuery, { n: 5 });
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ searchNeeds: expect.objectContaining({ totalHits: expect.any(Number) }) });
    });

    it('refuses a page of 100 hits with nested fields, whether the size is inline or a variable', async () => {
      expectRefused(await env.gql.request(hitsQuery, { n: 100 }), /complex/i);
      expectRefused(await env.gql.request(`{ searchNeeds(pageSize: 100) { hits { need { id } } } }`), /complex/i);
      // The cached analysis of this document is per page size: the small page still passes, the large one fails again.
      expect((await env.gql.request(hitsQuery, { n: 5 })).errors).toBeUndefined();
      expectRefused(await env.gql.request(hitsQuery, { n: 100 }), /complex/i);
    });

    it('refuses many cheap fields that add up', async () => {
      const fields = Array.from(
        { length: 5 },
        (_, i) => `s${i}: searchCpvCodes(query: "tjänst", first: 20) { code labelSv }`,
      ).join(' ');
      expectRefused(await env.gql.request(`{ ${fields} }`), /complex/i);
    });
  });

  describe('production error hygiene', () => {
    it('disables introspection', async () => {
      const r = await env.gql.request(`{ __schema { queryType { name } } }`);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('still explains expected failures with their contract code and field', async () => {
      const err = await env.gql.fails(
        `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
        {
          input: sampleNeed({ cpvCodes: ['99999999-9'] }),
        },
        buyer.token,
      );
      expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'cpvCodes' });
    });

    it('does not leak internals (SQL, driver messages, stack traces) when a request fails unexpectedly', async () => {
      // PostgreSQL cannot store U+0000 in text; nothing in Navet expects it, so the write fails deep in the driver.
      const count = async () => Number((await env.ds.query(`SELECT count(*) AS n FROM needs`))[0].n);
      const before = await count();
      const r = await env.gql.request(
        `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
        { input: sampleNeed({ title: 'Nollbyte \u0000 i rubriken' }) },
        buyer.token,
      );
      expect(r.data ?? null).toBeNull();
      const err = r.errors?.[0];
      expect(err).toBeDefined();
      const text = JSON.stringify(r.errors);
      for (const secret of [
        /INSERT|SELECT|needs"?\s*\(/i,
        /invalid byte sequence/i,
        /QueryFailedError/,
        /node_modules|\.ts:\d+/,
        /stacktrace/i,
      ]) {
        expect(text).not.toMatch(secret);
      }
      // Either the input is refused properly, or the failure is reported as a bare internal error.
      if (err!.extensions?.code === 'INTERNAL_SERVER_ERROR') expect(err!.message).toBe('Internal server error');
      else expect(err!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await count()).toBe(before);
    });
  });
});
