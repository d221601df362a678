import { createTestEnv, register, TestEnv } from '@navet/testing';

interface ErrorBody {
  errors: { message: string; extensions: { code: string; field?: string } }[];
}

const PREFS = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { webhookUrl } }`;

/** Issue 11 findings 8 and 11: transport failures in the GraphQL error shape, security headers, CORS, HTTPS webhooks. */
describe('HTTP hardening (e2e)', () => {
  describe('development defaults', () => {
    let env: TestEnv;
    let base: string;

    beforeAll(async () => {
      env = await createTestEnv();
      base = env.url.replace('/graphql', '');
    });
    afterAll(() => env?.close());

    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(env.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const errorOf = async (res: Response) => {
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      return ((await res.json()) as ErrorBody).errors[0]!;
    };

    it('answers a body over 100 kB with 413 PAYLOAD_TOO_LARGE in the GraphQL error shape', async () => {
      const res = await post(JSON.stringify({ query: '{ regions { code } }', variables: { padding: 'x'.repeat(110 * 1024) } }));
      expect(res.status).toBe(413);
      expect((await errorOf(res)).extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    });

    it('answers malformed JSON with 400 BAD_REQUEST in the GraphQL error shape, without parser details', async () => {
      const res = await post('{"query": "{ regions { code } }"');
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error).toEqual({ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
    });

    it('answers a wrong content type with 400 and a code in the GraphQL error shape', async () => {
      const res = await post(JSON.stringify({ query: '{ regions { code } }' }), { 'content-type': 'text/plain' });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).extensions.code).toBe('BAD_REQUEST');
    });

    it('answers an unknown route below /graphql with 404 NOT_FOUND in the GraphQL error shape', async () => {
      const res = await fetch(`${env.url}/admin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(404);
      expect((await errorOf(res)).extensions).toEqual({ code: 'NOT_FOUND' });
    });

    it('sends security headers and a strict CSP on every answer, and no X-Powered-By', async () => {
      for (const res of [await post(JSON.stringify({ query: '{ regions { code } }' })), await fetch(`${base}/health/live`)]) {
        const csp = res.headers.get('content-security-policy') ?? '';
        for (const directive of [
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "frame-ancestors 'none'",
          "base-uri 'self'",
          "form-action 'self'",
        ]) {
          expect(csp.split(';').map((d) => d.trim())).toContain(directive);
        }
        expect(csp).not.toContain('unsafe-inline');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(res.headers.get('x-powered-by')).toBeNull();
        // HSTS would pin a developer's browser to https on localhost.
        expect(res.headers.get('strict-transport-security')).toBeNull();
        await res.arrayBuffer();
      }
    });

    it('serves GraphiQL (development only) from its own files: no CDN, no inline script', async () => {
      const res = await fetch(env.url, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const page = await res.text();
      expect(page).toContain('id="graphiql"');
      expect(page).not.toMatch(/https?:\/\//);
      expect(page).not.toMatch(/<script>/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toMatch(/https?:\/\/|'unsafe-eval'/);
      const origin = new URL(env.url).origin;
      for (const src of [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)) {
        const asset = await fetch(origin + src);
        expect({ src, status: asset.status }).toEqual({ src, status: 200 });
        expect((await asset.text()).length).toBeGreaterThan(10);
      }
    });

    it('still answers a GET query on /graphql with data, not the page', async () => {
      const res = await fetch(`${env.url}?query=${encodeURIComponent('{ regions { code } }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { regions: unknown[] } }).data.regions.length).toBeGreaterThan(0);
    });

    it('has CORS off: no origin is allowed by default', async () => {
      const res = await post(JSON.stringify({ query: '{ regions { code } }' }), { origin: 'https://app.example.se' });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      await res.arrayBuffer();
    });

    it('accepts an http:// webhook outside production, for local receivers', async () => {
      const supplier = await register(env, 'SUPPLIER');
      const d = await env.gql.ok<{ updateNotificationPreferences: { webhookUrl: string } }>(
        PREFS,
        { input: { webhookUrl: 'http://127.0.0.1:9/hook' } },
        supplier.token,
      );
      expect(d.updateNotificationPreferences.webhookUrl).toBe('http://127.0.0.1:9/hook');
    });
  });

  describe('CORS_ORIGINS set', () => {
    let env: TestEnv;
    beforeAll(async () => {
      env = await createTestEnv({ CORS_ORIGINS: 'https://app.example.se' });
    });
    afterAll(() => env?.close());

    const post = (origin: string) =>
      fetch(env.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ query: '{ regions { code } }' }),
      });

    it('allows a listed origin, for requests and preflights', async () => {
      const res = await post('https://app.example.se');
      expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.se');
      await res.arrayBuffer();
      const preflight = await fetch(env.url, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example.se',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.se');
    });

    it('refuses an unknown origin: no allow header, so the browser blocks the answer', async () => {
      const res = await post('https://evil.example');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      await res.arrayBuffer();
    });
  });

  describe('X-Forwarded-For', () => {
    let env: TestEnv;
    beforeAll(async () => {
      env = await createTestEnv({ LOGIN_MAX_ATTEMPTS_PER_IP: '2', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' });
    });
    afterAll(() => env?.close());

    it('is not believed by default: a client cannot reset the per-IP login limit by changing the header', async () => {
      const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
      const codes: (string | undefined)[] = [];
      for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
        const input = { email: `nobody-${ip}@example.test`, password: 'wrong-password-123' };
        const r = await env.gql.request(LOGIN, { input }, undefined, { 'x-forwarded-for': ip });
        codes.push(r.errors?.[0]?.extensions?.code);
      }
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    });
  });

  describe('production', () => {
    let env: TestEnv;
    beforeAll(async () => {
      env = await createTestEnv({
        NODE_ENV: 'production',
        JWT_SECRET: 'production-secret-for-this-test-only-0123456789',
        // The shared test machine is slow at times; shedding load is not what this file tests.
        API_MAX_EVENT_LOOP_DELAY_MS: '0',
        API_TARGET_LATENCY_MS: '0',
      });
    });
    afterAll(() => env?.close());

    it('sends HSTS and keeps the strict CSP on GET /graphql (no GraphiQL)', async () => {
      const res = await fetch(env.url, { headers: { accept: 'text/html' } });
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
      await res.arrayBuffer();
    });

    it('refuses an http:// webhook URL with BAD_USER_INPUT naming webhookUrl, and stores nothing', async () => {
      const supplier = await register(env, 'SUPPLIER');
      const error = await env.gql.fails(PREFS, { input: { webhookUrl: 'http://hooks.example.com/navet' } }, supplier.token);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'webhookUrl' });
      expect(error.message).toMatch(/https/);
      const rows = await env.ds.query(`SELECT 1 FROM organization_webhooks WHERE organization_id = $1`, [
        supplier.organizationId,
      ]);
      expect(rows).toEqual([]);
    });
  });
});
