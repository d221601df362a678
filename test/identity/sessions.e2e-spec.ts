import { randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { createTestEnv, login, register, Session, TestEnv } from '@navet/testing';

const ME = `query { me { id } }`;
const LOGOUT = `mutation { logout }`;
const CHANGE_PASSWORD = `mutation($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { accessToken user { id email } }
}`;

interface ChangePasswordView {
  changePassword: { accessToken: string; user: { id: string; email: string } };
}

/** The claims of a token as issued (the test signs variants of them). */
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
    sub: string;
    org: string;
    role: string;
    jti: string;
  };

describe('identity: every token is checked against its session and user (e2e)', () => {
  let env: TestEnv;

  beforeAll(async () => {
    // Three failed password checks per account: small enough to reach in a test.
    env = await createTestEnv({ LOGIN_FREE_FAILURES_PER_ACCOUNT_IP: '3' });
  });
  afterAll(() => env.close());

  const me = (token: string) => env.gql.request<{ me: { id: string } | null }>(ME, {}, token);
  /** What a request with this token gets: the user id, or the error code and HTTP status. */
  const whoIs = async (token: string) => {
    const r = await me(token);
    return r.errors?.length ? `${r.errors[0]!.extensions?.code} ${r.status}` : r.data?.me?.id;
  };
  const signed = (claims: object, options: { expiresIn?: number } = { expiresIn: 600 }) =>
    sign(claims, env.config.auth.jwtSecret, { algorithm: 'HS256', issuer: 'navet', ...options });

  it('refuses a token without exp, while the same claims with exp are accepted', async () => {
    const user = await register(env, 'SUPPLIER');
    const claims = { sub: user.userId, org: user.organizationId, role: 'SUPPLIER', jti: claimsOf(user.token).jti };
    expect(await whoIs(signed(claims))).toBe(user.userId);
    expect(await whoIs(signed(claims, {}))).toBe('UNAUTHENTICATED 401');
  });

  it('refuses a correctly signed token for an unknown user, and one whose claims do not match its session', async () => {
    const user = await register(env, 'PUBLIC_BUYER');
    const other = await register(env, 'SUPPLIER');
    const { jti } = claimsOf(user.token);
    const base = { sub: user.userId, org: user.organizationId, role: 'BUYER', jti };
    expect(await whoIs(signed(base))).toBe(user.userId);
    const forged = [
      { ...base, sub: randomUUID(), jti: randomUUID() }, // nobody
      { ...base, sub: randomUUID() }, // a real session, another (unknown) user
      { ...base, sub: other.userId }, // a real session, another real user
      { ...base, org: other.organizationId }, // the user, claiming another organization
      { ...base, role: 'ADMIN' }, // the user, claiming another role
      { ...base, jti: randomUUID() }, // the user, a session that does not exist
    ];
    for (const claims of forged)
      expect({ claims, got: await whoIs(signed(claims)) }).toEqual({ claims, got: 'UNAUTHENTICATED 401' });
  });

  it('refuses the token of a deleted user', async () => {
    const user = await register(env, 'SUPPLIER');
    expect(await whoIs(user.token)).toBe(user.userId);
    await env.ds.query(`DELETE FROM users WHERE id = $1`, [user.userId]);
    expect(await whoIs(user.token)).toBe('UNAUTHENTICATED 401');
  });

  it('refuses every token of an erased user, and their sign-in', async () => {
    const user = await register(env, 'PUBLIC_BUYER');
    const second = await login(env, user.email, user.password);
    await env.ds.query(`UPDATE users SET erased_at = now() WHERE id = $1`, [user.userId]);
    expect([await whoIs(user.token), await whoIs(second.token)]).toEqual(['UNAUTHENTICATED 401', 'UNAUTHENTICATED 401']);
    const r = await env.gql.request(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { email: user.email, password: user.password },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the token used, on GraphQL and on the ledger export, while the user’s other sessions keep working', async () => {
    const user = await register(env, 'SUPPLIER');
    const other = await login(env, user.email, user.password);
    const ledger = (token: string) =>
      fetch(env.url.replace('/graphql', `/needs/${randomUUID()}/ledger.json`), { headers: { authorization: `Bearer ${token}` } });
    expect((await ledger(user.token)).status).toBe(404);
    expect(await env.gql.ok<{ logout: boolean }>(LOGOUT, {}, user.token)).toEqual({ logout: true });
    expect(await whoIs(user.token)).toBe('UNAUTHENTICATED 401');
    expect((await ledger(user.token)).status).toBe(401);
    expect(await whoIs(other.token)).toBe(user.userId);
    // Signing in again starts a new session.
    expect(await whoIs((await login(env, user.email, user.password)).token)).toBe(user.userId);
  });

  it('logout needs a signed-in caller', async () => {
    expect((await env.gql.request(LOGOUT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('changePassword', () => {
    let user: Session;
    let other: Session;

    beforeAll(async () => {
      user = await register(env, 'PUBLIC_BUYER');
      other = await login(env, user.email, user.password);
    });

    const change = (token: string, currentPassword: string, newPassword: string) =>
      env.gql.request<ChangePasswordView>(CHANGE_PASSWORD, { currentPassword, newPassword }, token);

    it('refuses a wrong current password (field currentPassword) and a too short new one (field newPassword), changing nothing', async () => {
      const wrong = await change(other.token, 'not-the-password', 'brand-new-password-1');
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      const short = await change(other.token, user.password, 'short');
      expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect([await whoIs(user.token), await whoIs(other.token)]).toEqual([user.userId, user.userId]);
      await login(env, user.email, user.password);
    });

    it('sets the new password, revokes every other token, keeps the one used and returns a fresh one', async () => {
      const r = await change(other.token, user.password, 'brand-new-password-2');
      expect(r.errors).toBeUndefined();
      const fresh = r.data!.changePassword;
      expect(fresh.user).toEqual({ id: user.userId, email: user.email });
      expect(await whoIs(user.token)).toBe('UNAUTHENTICATED 401');
      expect(await whoIs(other.token)).toBe(user.userId);
      expect(await whoIs(fresh.accessToken)).toBe(user.userId);
      await expect(login(env, user.email, user.password)).rejects.toThrow(/UNAUTHENTICATED/);
      expect(await whoIs((await login(env, user.email, 'brand-new-password-2')).token)).toBe(user.userId);
    });

    it('counts wrong current passwords toward the sign-in throttle', async () => {
      const victim = await register(env, 'SUPPLIER');
      for (let i = 0; i < 3; i++) {
        const r = await change(victim.token, `wrong-password-${i}`, 'brand-new-password-3');
        expect(r.errors?.[0]?.extensions?.field).toBe('currentPassword');
      }
      expect((await change(victim.token, victim.password, 'brand-new-password-3')).errors?.[0]?.extensions?.code).toBe(
        'RATE_LIMITED',
      );
      expect(await whoIs(victim.token)).toBe(victim.userId);
    });
  });
});
