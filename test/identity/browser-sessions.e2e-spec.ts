import { createTestEnv, register, TestEnv } from '@navet/testing';

const ME = `query { me { id } }`;
const CSRF = { 'x-navet-csrf': '1' };

/** The refresh cookie a response set: its value and attributes, or null. */
function setCookie(res: Response): { value: string; attributes: string } | null {
  const line = res.headers.getSetCookie().find((c) => c.startsWith('navet_refresh='));
  if (!line) return null;
  const [pair, ...attributes] = line.split(';');
  return { value: decodeURIComponent(pair!.slice('navet_refresh='.length)), attributes: attributes.join(';').trim() };
}

/**
 * Browser sessions (docs/sessions.md, "Browser clients") against the real API: POST /auth/session binds an
 * httpOnly refresh cookie to a token's session, /auth/refresh rotates it (a rotated value revokes the
 * session), /auth/logout revokes and clears it; all three need X-Navet-CSRF.
 */
describe('identity: browser sessions with a refresh cookie (e2e)', () => {
  let env: TestEnv;
  let origin: string;

  beforeAll(async () => {
    env = await createTestEnv({ BROWSER_ACCESS_TTL_SECONDS: '120', AUTH_REFRESH_MAX_PER_IP: '1000' });
    origin = env.url.replace(/\/graphql$/, '');
  });
  afterAll(() => env.close());

  const post = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { method: 'POST', headers });
  const bind = async (token: string): Promise<string> => {
    const res = await post('/auth/session', { ...CSRF, authorization: `Bearer ${token}` });
    expect(res.status).toBe(204);
    return setCookie(res)!.value;
  };
  const refresh = (cookie: string) => post('/auth/refresh', { ...CSRF, cookie: `navet_refresh=${encodeURIComponent(cookie)}` });
  const whoIs = async (token: string) => {
    const r = await env.gql.request<{ me: { id: string } | null }>(ME, {}, token);
    return r.errors?.length ? `${r.errors[0]!.extensions?.code} ${r.status}` : r.data?.me?.id;
  };
  const refused = async (res: Response) => ({ status: res.status, body: (await res.json()) as unknown, cookie: setCookie(res) });
  const UNAUTHENTICATED = {
    status: 401,
    body: { errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] },
    cookie: null,
  };

  it('binds an httpOnly, SameSite=Strict cookie on /auth, hashed in the session row', async () => {
    const user = await register(env, 'SUPPLIER');
    const res = await post('/auth/session', { ...CSRF, authorization: `Bearer ${user.token}` });
    expect(res.status).toBe(204);
    const cookie = setCookie(res)!;
    expect(cookie.attributes).toMatch(/Path=\/auth(;|$)/);
    expect(cookie.attributes).toMatch(/HttpOnly/);
    expect(cookie.attributes).toMatch(/SameSite=Strict/);
    expect(cookie.attributes).toMatch(/Expires=/);
    expect(cookie.attributes).not.toMatch(/Secure/); // http://localhost outside production
    const rows: { hash: Buffer }[] = await env.ds.query(`SELECT refresh_hash AS hash FROM sessions WHERE user_id = $1`, [
      user.userId,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).toHaveLength(32);
    expect(rows[0]!.hash.toString('hex')).not.toContain(Buffer.from(cookie.value).toString('hex'));
  });

  it('refuses /auth/session without a valid bearer token', async () => {
    expect(await refused(await post('/auth/session', CSRF))).toEqual(UNAUTHENTICATED);
    expect(await refused(await post('/auth/session', { ...CSRF, authorization: 'Bearer nonsense' }))).toEqual(UNAUTHENTICATED);
  });

  it('rotates the value and returns a short access token for the same session', async () => {
    const user = await register(env, 'PUBLIC_BUYER');
    const first = await bind(user.token);
    const res = await refresh(first);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { token } = (await res.json()) as { token: string };
    const second = setCookie(res)!.value;
    expect(second).not.toBe(first);
    expect(await whoIs(token)).toBe(user.userId);
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      exp: number;
      iat: number;
      jti: string;
    };
    const original = JSON.parse(Buffer.from(user.token.split('.')[1]!, 'base64url').toString()) as { jti: string };
    expect(claims.jti).toBe(original.jti);
    expect(claims.exp - claims.iat).toBe(120);
    // The new value works once more; the session is the same throughout.
    const again = await refresh(second);
    expect(again.status).toBe(200);
    expect(await whoIs(user.token)).toBe(user.userId);
  });

  it('revokes the whole session when a rotated value comes back (theft detection)', async () => {
    const user = await register(env, 'SUPPLIER');
    const stolen = await bind(user.token);
    const res = await refresh(stolen);
    const current = setCookie(res)!.value;
    const { token } = (await res.json()) as { token: string };
    expect(await refused(await refresh(stolen))).toEqual(UNAUTHENTICATED);
    // Every token and value of the session is dead now, the legitimate holder's too.
    expect(await refused(await refresh(current))).toEqual(UNAUTHENTICATED);
    expect([await whoIs(token), await whoIs(user.token)]).toEqual(['UNAUTHENTICATED 401', 'UNAUTHENTICATED 401']);
  });

  it('refuses a missing, malformed or foreign cookie without revoking anything', async () => {
    const user = await register(env, 'SUPPLIER');
    await bind(user.token);
    expect(await refused(await post('/auth/refresh', CSRF))).toEqual(UNAUTHENTICATED);
    expect(await refused(await refresh('garbage'))).toEqual(UNAUTHENTICATED);
    const unknownSession = `${crypto.randomUUID()}.${'A'.repeat(43)}`;
    expect(await refused(await refresh(unknownSession))).toEqual(UNAUTHENTICATED);
    expect(await whoIs(user.token)).toBe(user.userId);
  });

  it('logs out: revokes the session and clears the cookie; 204 without a cookie too', async () => {
    const user = await register(env, 'PUBLIC_BUYER');
    const cookie = await bind(user.token);
    const res = await post('/auth/logout', { ...CSRF, cookie: `navet_refresh=${encodeURIComponent(cookie)}` });
    expect(res.status).toBe(204);
    const cleared = setCookie(res)!;
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared.attributes).toMatch(/Path=\/auth(;|$)/);
    expect(await whoIs(user.token)).toBe('UNAUTHENTICATED 401');
    expect(await refused(await refresh(cookie))).toEqual(UNAUTHENTICATED);
    expect((await post('/auth/logout', CSRF)).status).toBe(204);
  });

  it('requires the X-Navet-CSRF header on all three endpoints (403, nothing done)', async () => {
    const user = await register(env, 'SUPPLIER');
    const cookie = await bind(user.token);
    const jar = { cookie: `navet_refresh=${encodeURIComponent(cookie)}` };
    const forbidden = {
      status: 403,
      body: { errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }] },
      cookie: null,
    };
    expect(await refused(await post('/auth/session', { authorization: `Bearer ${user.token}` }))).toEqual(forbidden);
    expect(await refused(await post('/auth/refresh', jar))).toEqual(forbidden);
    expect(await refused(await post('/auth/refresh', { ...jar, 'x-navet-csrf': 'yes' }))).toEqual(forbidden);
    expect(await refused(await post('/auth/logout', jar))).toEqual(forbidden);
    // The value was neither rotated nor revoked.
    expect((await refresh(cookie)).status).toBe(200);
  });

  it('refuses the cookie of an expired session, and never issues a token beyond the session', async () => {
    const user = await register(env, 'SUPPLIER');
    const cookie = await bind(user.token);
    await env.ds.query(`UPDATE sessions SET expires_at = now() + interval '30 seconds' WHERE user_id = $1`, [user.userId]);
    const res = await refresh(cookie);
    const { token } = (await res.json()) as { token: string };
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number; iat: number };
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(31);
    await env.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.userId]);
    expect(await refused(await refresh(setCookie(res)!.value))).toEqual(UNAUTHENTICATED);
  });

  it('refuses the cookie of an erased user, and of a deleted one', async () => {
    const erased = await register(env, 'PUBLIC_BUYER');
    const erasedCookie = await bind(erased.token);
    await env.ds.query(`UPDATE users SET erased_at = now() WHERE id = $1`, [erased.userId]);
    expect(await refused(await refresh(erasedCookie))).toEqual(UNAUTHENTICATED);
    const deleted = await register(env, 'SUPPLIER');
    const deletedCookie = await bind(deleted.token);
    await env.ds.query(`DELETE FROM users WHERE id = $1`, [deleted.userId]);
    expect(await refused(await refresh(deletedCookie))).toEqual(UNAUTHENTICATED);
  });

  it('refuses the cookie after the GraphQL logout of its session', async () => {
    const user = await register(env, 'SUPPLIER');
    const cookie = await bind(user.token);
    await env.gql.ok(`mutation { logout }`, {}, user.token);
    expect(await refused(await refresh(cookie))).toEqual(UNAUTHENTICATED);
  });
});

describe('identity: /auth/refresh is rate-limited per IP (e2e)', () => {
  let env: TestEnv;
  let origin: string;

  beforeAll(async () => {
    env = await createTestEnv({ AUTH_REFRESH_MAX_PER_IP: '3' });
    origin = env.url.replace(/\/graphql$/, '');
  });
  afterAll(() => env.close());

  it('answers 429 RATE_LIMITED with Retry-After past the limit, valid cookie or not', async () => {
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 4; i++) {
      last = await fetch(`${origin}/auth/refresh`, { method: 'POST', headers: CSRF });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'RATE_LIMITED' } }] });
  });
});
