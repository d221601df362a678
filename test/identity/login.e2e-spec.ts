import { sign } from 'jsonwebtoken';
import { createTestEnv, register, Session, TestEnv } from '@navet/testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id email role organization { id } } } }`;
const ME = `query { me { id role organization { id } } }`;

interface LoginView {
  accessToken: string;
  user: { id: string; email: string; role: string; organization: { id: string } };
}
interface MeView {
  me: { id: string; role: string; organization: { id: string } } | null;
}

/** Flips one character in the middle of a JWT segment (never the last one, whose low bits may be padding). */
function alterSegment(token: string, segment: 0 | 1 | 2): string {
  const parts = token.split('.');
  const s = parts[segment]!;
  const i = Math.floor(s.length / 2);
  parts[segment] = s.slice(0, i) + (s[i] === 'a' ? 'b' : 'a') + s.slice(i + 1);
  return parts.join('.');
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('identity: login and access tokens (e2e)', () => {
  let env: TestEnv;
  let buyer: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    buyer = await register(env, 'PUBLIC_BUYER');
  });
  afterAll(() => env.close());

  const login = (email: string, password: string) => env.gql.request<{ login: LoginView }>(LOGIN, { input: { email, password } });
  const meWith = (token: string) => env.gql.request<MeView>(ME, {}, token);

  it('signs in with the right password and returns a token that works for me', async () => {
    const r = await login(buyer.email, buyer.password);
    expect(r.errors).toBeUndefined();
    const auth = r.data!.login;
    expect(auth.user).toEqual({
      id: buyer.userId,
      email: buyer.email,
      role: 'BUYER',
      organization: { id: buyer.organizationId },
    });
    const me = await meWith(auth.accessToken);
    expect(me.data?.me).toEqual({ id: buyer.userId, role: 'BUYER', organization: { id: buyer.organizationId } });
  });

  it('treats the e-mail case-insensitively and ignores surrounding spaces', async () => {
    const r = await login(`  ${buyer.email.toUpperCase()} `, buyer.password);
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.user.id).toBe(buyer.userId);
  });

  it('answers a wrong password and an unknown e-mail identically: UNAUTHENTICATED with the same message, no token', async () => {
    const wrong = await login(buyer.email, 'wrong-password-123');
    const unknown = await login('nobody-here@example.test', buyer.password);
    for (const r of [wrong, unknown]) {
      expect(r.data?.login ?? null).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    // The password is case-sensitive.
    expect((await login(buyer.email, buyer.password.toUpperCase())).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token with an altered signature or payload (UNAUTHENTICATED)', async () => {
    const { token } = buyer;
    expect((await meWith(token)).data?.me?.id).toBe(buyer.userId);
    for (const forged of [alterSegment(token, 2), alterSegment(token, 1), 'not-a-jwt', `${token}x`]) {
      const r = await meWith(forged);
      expect({ forged, code: r.errors?.[0]?.extensions?.code, me: r.data?.me ?? null }).toEqual({
        forged,
        code: 'UNAUTHENTICATED',
        me: null,
      });
    }
  });

  it('answers a bad token with a client-error HTTP status, not 500', async () => {
    // HTTP 500 tells clients and monitoring the server broke; a stale token is the caller's problem (401, or 200 with errors).
    const r = await meWith('not-a-jwt');
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.status).toBeLessThan(500);
  });

  it('refuses a self-promoted role: payload rewritten to ADMIN with the original signature', async () => {
    const [header, payload, signature] = buyer.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const promoted = `${header}.${base64url({ ...claims, role: 'ADMIN' })}.${signature}`;
    expect((await meWith(promoted)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, role: 'ADMIN' })}.`;
    expect((await meWith(unsigned)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token (UNAUTHENTICATED), while the same claims unexpired are accepted', async () => {
    // The buyer's own live session: only the expiry differs between the two tokens.
    const { jti } = JSON.parse(Buffer.from(buyer.token.split('.')[1]!, 'base64url').toString()) as { jti: string };
    const claims = { sub: buyer.userId, org: buyer.organizationId, role: 'BUYER', jti };
    const secret = env.config.auth.jwtSecret;
    const fresh = sign(claims, secret, { algorithm: 'HS256', issuer: 'navet', expiresIn: 60 });
    expect((await meWith(fresh)).data?.me?.id).toBe(buyer.userId);
    const expired = sign(claims, secret, { algorithm: 'HS256', issuer: 'navet', expiresIn: -10 });
    const r = await meWith(expired);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data?.me ?? null).toBeNull();
  });

  it('refuses a token signed with another secret or for another issuer', async () => {
    const claims = { sub: buyer.userId, org: buyer.organizationId, role: 'BUYER' };
    const otherSecret = sign(claims, 'x'.repeat(64), { algorithm: 'HS256', issuer: 'navet', expiresIn: 60 });
    const otherIssuer = sign(claims, env.config.auth.jwtSecret, { algorithm: 'HS256', issuer: 'elsewhere', expiresIn: 60 });
    for (const token of [otherSecret, otherIssuer]) {
      expect((await meWith(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('keeps a supplier’s token separate from a buyer’s: me answers with the token holder', async () => {
    const supplier = await register(env, 'SUPPLIER');
    const r = await meWith(supplier.token);
    expect(r.data?.me).toEqual({ id: supplier.userId, role: 'SUPPLIER', organization: { id: supplier.organizationId } });
  });
});
