import { chromium, type Browser, type Page } from 'playwright-core';
import { createAdmin, createTestEnv, login, register, TestEnv } from '@navet/testing';

const CSRF = { 'x-navet-csrf': '1' };

/**
 * The admins' queue dashboard (bull-board at /admin/queues) against the real API and worker queues: a pass
 * cookie from POST /auth/queue-dashboard, checked against the admin's session on every request; the UI
 * loaded in Chromium under its CSP, with no request leaving the origin.
 */
describe('admin: the queue dashboard at /admin/queues (e2e, Chromium)', () => {
  let env: TestEnv;
  let origin: string;
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    env = await createTestEnv();
    origin = env.url.replace(/\/graphql$/, '');
    const admin = await createAdmin(env);
    adminToken = (await login(env, admin.email, admin.password)).token;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await env.close();
  });

  /** A pass for this token: the HTTP status and, when set, the cookie pair and its attributes. */
  const pass = async (token: string | null, headers: Record<string, string> = CSRF) => {
    const res = await fetch(`${origin}/auth/queue-dashboard`, {
      method: 'POST',
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const line = res.headers.getSetCookie().find((c) => c.startsWith('navet_queues='));
    return {
      status: res.status,
      cookie: line?.split(';')[0] ?? null,
      attributes: line?.split(';').slice(1).join(';').trim() ?? '',
    };
  };
  const dashboard = (path: string, cookie: string | null, accept = 'application/json') =>
    fetch(`${origin}/admin/queues${path}`, { redirect: 'manual', headers: { accept, ...(cookie ? { cookie } : {}) } });

  /** Opens a dashboard page in Chromium and collects CSP violations, errors, failed and foreign requests. */
  async function openInBrowser(page: Page, path: string, waitFor: string[]): Promise<string[]> {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) problems.push(`request elsewhere: ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    const res = await page.goto(`${origin}${path}`);
    expect(res!.status()).toBe(200);
    const csp = res!.headers()['content-security-policy']!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe');
    for (const text of waitFor) await page.getByText(text, { exact: true }).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    return problems;
  }

  it('shows the worker queues to an admin in Chromium, without CSP violations or requests elsewhere', async () => {
    const page = await browser.newPage();
    // The page's request context shares the browser's cookies: the pass lands where the browser keeps it.
    const res = await page.request.post(`${origin}/auth/queue-dashboard`, {
      headers: { ...CSRF, authorization: `Bearer ${adminToken}` },
    });
    expect(res.status()).toBe(204);
    expect(await openInBrowser(page, '/admin/queues', ['search', 'matching', 'notifications'])).toEqual([]);
    const queuePage = await browser.newPage();
    await queuePage.context().addCookies(await page.context().cookies());
    expect(await openInBrowser(queuePage, '/admin/queues/queue/notifications', ['notifications'])).toEqual([]);
    await page.close();
    await queuePage.close();
  });

  it('sets a short-lived httpOnly, SameSite=Strict pass on /admin/queues; its API lists the prefixed queues', async () => {
    const p = await pass(adminToken);
    expect(p.status).toBe(204);
    expect(p.attributes).toMatch(/Path=\/admin\/queues(;|$)/);
    expect(p.attributes).toMatch(/HttpOnly/);
    expect(p.attributes).toMatch(/SameSite=Strict/);
    const expires = Date.parse(/Expires=([^;]+)/.exec(p.attributes)![1]!);
    expect(expires - Date.now()).toBeGreaterThan(10 * 60_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(15 * 60_000 + 1000);
    const res = await dashboard('/api/queues', p.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['matching', 'notifications', 'search']);
  });

  it('sends a browser without a pass to sign in, and answers anything else 401', async () => {
    const page = await dashboard('', null, 'text/html');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/sign-in?next=/admin');
    const api = await dashboard('/api/queues', null);
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await dashboard('/api/queues', 'navet_queues=forged')).status).toBe(401);
  });

  it('gives no pass to anyone but an admin, nor without the CSRF header', async () => {
    const supplier = await register(env, 'SUPPLIER');
    const buyer = await register(env, 'PUBLIC_BUYER');
    expect((await pass(supplier.token)).status).toBe(403);
    expect((await pass(buyer.token)).status).toBe(403);
    expect((await pass(null)).status).toBe(401);
    expect((await pass('not-a-token')).status).toBe(401);
    expect(await pass(adminToken, {})).toEqual({ status: 403, cookie: null, attributes: '' });
  });

  it('refuses a tampered pass, and one whose session was revoked or expired or whose user is no admin now', async () => {
    const admin = await createAdmin(env);
    const session = await login(env, admin.email, admin.password);
    const p = await pass(session.token);
    expect((await dashboard('/api/queues', p.cookie)).status).toBe(200);
    const tampered = p.cookie!.replace(/\.(\d+)\./, (_m, exp: string) => `.${Number(exp) + 3600}.`);
    expect((await dashboard('/api/queues', tampered)).status).toBe(401);

    await env.ds.query(`UPDATE users SET role = 'BUYER' WHERE id = $1`, [session.userId]);
    expect((await dashboard('/api/queues', p.cookie)).status).toBe(403);
    await env.ds.query(`UPDATE users SET role = 'ADMIN' WHERE id = $1`, [session.userId]);
    expect((await dashboard('/api/queues', p.cookie)).status).toBe(200);

    await env.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [session.userId]);
    expect((await dashboard('/api/queues', p.cookie)).status).toBe(401);

    const again = await login(env, admin.email, admin.password);
    const second = await pass(again.token);
    expect((await dashboard('/api/queues', second.cookie)).status).toBe(200);
    await env.gql.ok(`mutation { logout }`, {}, again.token);
    expect((await dashboard('/api/queues', second.cookie)).status).toBe(401);
    expect((await dashboard('', second.cookie, 'text/html')).status).toBe(303);
  });
});
