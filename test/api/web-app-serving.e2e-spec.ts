import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestEnv, TestEnv } from '@navet/testing';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>';

/**
 * The API serves a built web app (apps/api/http/web-app.ts) from its own origin: app paths get index.html
 * under the strict CSP, while API paths, exports and missing assets are never swallowed by the fallback.
 */
describe('api: serving the built web app (e2e)', () => {
  let env: TestEnv;
  let origin: string;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'navet-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets/app-abc123.js'), 'console.log("app");\n');
    env = await createTestEnv({}, { webApp: dir });
    origin = env.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, accept = 'text/html') => fetch(`${origin}${path}`, { headers: { accept } });

  it('answers an app path with index.html under the strict CSP, not cached', async () => {
    for (const path of ['/needs/abc', '/buyer/needs/abc', '/', '/sign-in']) {
      const res = await get(path);
      expect({ path, status: res.status, body: await res.text() }).toEqual({ path, status: 200, body: INDEX });
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('serves hashed assets for a year, and a missing asset is a 404, not the app', async () => {
    const asset = await get('/assets/app-abc123.js', '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await get('/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
  });

  it('answers unknown /graphql paths in the GraphQL shape, even for a browser', async () => {
    const res = await get('/graphql/x');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }] });
  });

  it('leaves the ledger export and the /auth endpoints to the API', async () => {
    const ledger = await get('/needs/x/ledger.csv');
    expect(ledger.status).toBe(401); // the export's own answer: a Bearer token is required
    expect(await ledger.text()).not.toContain('<div id="root">');
    const auth = await fetch(`${origin}/auth/refresh`, { method: 'POST', headers: { accept: 'text/html' } });
    expect(auth.status).toBe(403);
    expect((await get('/health/live')).headers.get('content-type')).toMatch(/json/);
  });

  it('does not answer a non-HTML request for an app path with the app', async () => {
    const res = await get('/needs/abc', 'application/json');
    expect(res.status).toBe(404);
  });
});
