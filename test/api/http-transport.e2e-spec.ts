import { createTestEnv, TestEnv } from '@navet/testing';

interface HealthBody {
  status: string;
  info?: Record<string, { status: string }>;
  error?: Record<string, unknown>;
}

/** What reaches the server over HTTP: batching, body size, request ids, transport errors, health probes. */
describe('API over HTTP (e2e)', () => {
  let env: TestEnv;
  let base: string;

  beforeAll(async () => {
    env = await createTestEnv();
    base = env.url.replace('/graphql', '');
  });
  afterAll(() => env.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(env.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  describe('health', () => {
    it.each(['/health', '/health/ready'])('%s reports postgres, redis and meilisearch up', async (path) => {
      const res = await fetch(base + path);
      expect(res.status).toBe(200);
      const body = (await res.json()) as HealthBody;
      expect(body.status).toBe('ok');
      const up = expect.objectContaining({ status: 'up' });
      expect(body.info).toEqual({ postgres: up, redis: up, meilisearch: up });
    });

    it('/health/live answers 200 without touching dependencies', async () => {
      const res = await fetch(`${base}/health/live`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as HealthBody).status).toBe('ok');
    });
  });

  describe('transport', () => {
    it('serves a request carrying an x-request-id header', async () => {
      const r = await env.gql.request<{ cpvCode: { code: string } }>(`{ cpvCode(code: "34144900-7") { code } }`, {}, undefined, {
        'x-request-id': 'e2e-trace-123',
      });
      expect(r.status).toBe(200);
      expect(r.data).toEqual({ cpvCode: { code: '34144900-7' } });
    });

    it('ignores an absurd x-request-id rather than failing the request', async () => {
      const r = await env.gql.request(`{ regions { code } }`, {}, undefined, { 'x-request-id': '../../etc/passwd '.repeat(20) });
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
    });

    it('refuses batched requests (a JSON array body) without running any of them', async () => {
      const res = await post(JSON.stringify([{ query: '{ regions { code } }' }, { query: '{ regions { name } }' }]));
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toContain('SE110');
    });

    it('rejects a body over 100 kB with HTTP 413', async () => {
      const body = JSON.stringify({ query: '{ regions { code } }', variables: { padding: 'x'.repeat(110 * 1024) } });
      const res = await post(body);
      expect(res.status).toBe(413);
      await res.arrayBuffer();
    });

    it('accepts a body just under the limit', async () => {
      const body = JSON.stringify({ query: '{ regions { code } }', variables: { padding: 'x'.repeat(90 * 1024) } });
      const res = await post(body);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(33);
    });

    it('refuses a cross-site "simple" request (text/plain) as CSRF protection', async () => {
      const res = await post(JSON.stringify({ query: '{ regions { code } }' }), { 'content-type': 'text/plain' });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain('SE110');
    });

    it('answers malformed JSON with 400, not a server error', async () => {
      const res = await post('{"query": "{ regions { code } }"');
      expect(res.status).toBe(400);
      await res.arrayBuffer();
    });
  });

  describe('GraphQL request errors', () => {
    it('reports a syntax error as GRAPHQL_PARSE_FAILED', async () => {
      const r = await env.gql.request(`{ regions { code }`);
      expect(r.status).toBe(400);
      expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('reports an unknown field as GRAPHQL_VALIDATION_FAILED', async () => {
      const r = await env.gql.request(`{ regions { code population } }`);
      expect(r.status).toBe(400);
      expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    // Clients send wrong variable types all the time; that is their mistake (400), not the server's (500).
    it.each([
      [
        'an enum value that does not exist',
        `query($f: NeedSearchFilter) { searchNeeds(filter: $f) { totalHits } }`,
        { f: { focusAreas: ['SPACE_TRAVEL'] } },
      ],
      ['a string for an Int', `query($n: Int) { searchNeeds(pageSize: $n) { totalHits } }`, { n: 'many' }],
      ['a missing required variable', `query($code: String!) { cpvCode(code: $code) { code } }`, {}],
    ])('reports %s in variables as BAD_USER_INPUT with HTTP 400', async (_what, query, variables) => {
      const r = await env.gql.request(query, variables);
      expect({ status: r.status, code: r.errors?.[0]?.extensions?.code, data: r.data ?? null }).toEqual({
        status: 400,
        code: 'BAD_USER_INPUT',
        data: null,
      });
    });

    it('enforces the default alias limit of 30', async () => {
      const aliased = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: cpvCode(code: "03000000-1") { code }`).join(' ')} }`;
      const ok = await env.gql.request<Record<string, unknown>>(aliased(30));
      expect(Object.keys(ok.data ?? {})).toHaveLength(30);
      const refused = await env.gql.request(aliased(31));
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('lets a realistic nested search through the default depth and complexity limits', async () => {
      const r = await env.gql.request(
        `{ searchNeeds(pageSize: 20) { totalHits facets { field values { value count } } hits { rankingScore need { id buyer { name } cpvCodes { code labelSv } regions { name } } } } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.status).toBe(200);
    });
  });
});
