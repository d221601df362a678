import { createTestEnv, register, Session, TestEnv } from '@navet/testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`;

/** The error code of a login attempt, or 'OK' when it succeeded. */
async function attempt(env: TestEnv, email: string, password: string): Promise<string> {
  const r = await env.gql.request<{ login: { accessToken: string } }>(LOGIN, { input: { email, password } });
  if (r.errors?.length) return r.errors[0]!.extensions?.code ?? 'NO_CODE';
  return r.data?.login.accessToken ? 'OK' : 'NO_TOKEN';
}

describe('identity: login brute-force protection per account (e2e)', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '1000' });
  });
  afterAll(() => env.close());

  it('locks the account after 3 failures: even the right password is RATE_LIMITED, other accounts still sign in', async () => {
    const victim = await register(env, 'PUBLIC_BUYER');
    const bystander = await register(env, 'SUPPLIER');
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await attempt(env, victim.email, `wrong-password-${i}`));
    expect(results).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await attempt(env, victim.email, victim.password)).toBe('RATE_LIMITED');
    // Another spelling of the same e-mail is the same account.
    expect(await attempt(env, victim.email.toUpperCase(), victim.password)).toBe('RATE_LIMITED');
    expect(await attempt(env, bystander.email, bystander.password)).toBe('OK');
  });

  it('tells the user when to try again', async () => {
    const victim = await register(env, 'PUBLIC_BUYER');
    for (let i = 0; i < 3; i++) await attempt(env, victim.email, 'wrong-password-x');
    const r = await env.gql.request(LOGIN, { input: { email: victim.email, password: victim.password } });
    expect(r.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(r.errors?.[0]?.message).toMatch(/minute/);
  });

  it('counts failures case-insensitively across spellings of the e-mail', async () => {
    const victim = await register(env, 'PUBLIC_BUYER');
    const spellings = [victim.email, victim.email.toUpperCase(), ` ${victim.email} `];
    for (const s of spellings) expect(await attempt(env, s, 'wrong-password-y')).toBe('UNAUTHENTICATED');
    expect(await attempt(env, victim.email, victim.password)).toBe('RATE_LIMITED');
  });

  it('a successful sign-in clears earlier failures', async () => {
    const user = await register(env, 'SUPPLIER');
    for (let i = 0; i < 2; i++) expect(await attempt(env, user.email, 'wrong-password-z')).toBe('UNAUTHENTICATED');
    expect(await attempt(env, user.email, user.password)).toBe('OK');
    for (let i = 0; i < 2; i++) expect(await attempt(env, user.email, 'wrong-password-z')).toBe('UNAUTHENTICATED');
    expect(await attempt(env, user.email, user.password)).toBe('OK');
  });

  it('also limits guessing at unknown e-mails', async () => {
    const ghost = 'ghost-account@example.test';
    for (let i = 0; i < 3; i++) expect(await attempt(env, ghost, 'wrong-password-g')).toBe('UNAUTHENTICATED');
    expect(await attempt(env, ghost, 'wrong-password-g')).toBe('RATE_LIMITED');
  });
});

describe('identity: login rate limit per client IP (e2e)', () => {
  let env: TestEnv;
  let accounts: Session[];

  beforeAll(async () => {
    env = await createTestEnv({ LOGIN_MAX_ATTEMPTS_PER_IP: '5' });
    accounts = [];
    for (let i = 0; i < 4; i++) accounts.push(await register(env, i % 2 ? 'SUPPLIER' : 'PUBLIC_BUYER'));
  });
  afterAll(() => env.close());

  it('allows 5 attempts from one IP across accounts, then refuses every further attempt with RATE_LIMITED', async () => {
    const [a, b, c, d] = accounts as [Session, Session, Session, Session];
    const allowed = [
      await attempt(env, a.email, a.password),
      await attempt(env, b.email, 'wrong-password-1'),
      await attempt(env, c.email, c.password),
      await attempt(env, 'unknown@example.test', 'wrong-password-2'),
      await attempt(env, b.email, b.password),
    ];
    expect(allowed).toEqual(['OK', 'UNAUTHENTICATED', 'OK', 'UNAUTHENTICATED', 'OK']);
    // A fresh account with the right password, and an account that already signed in, are both refused now.
    expect(await attempt(env, d.email, d.password)).toBe('RATE_LIMITED');
    expect(await attempt(env, a.email, a.password)).toBe('RATE_LIMITED');
  });

  it('does not block registration, which is not a sign-in attempt', async () => {
    const fresh = await register(env, 'SUPPLIER');
    expect(fresh.token).toEqual(expect.any(String));
  });
});
