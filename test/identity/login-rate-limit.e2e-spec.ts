import { Redis } from 'ioredis';
import { createRedis } from '@navet/queue';
import { createTestEnv, GqlError, register, Session, TestEnv } from '@navet/testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`;

/** The first error of a login attempt from `ip` (X-Forwarded-For, believed from loopback), or null when it succeeded. */
async function attemptFrom(env: TestEnv, ip: string, email: string, password: string): Promise<GqlError | null> {
  const r = await env.gql.request<{ login: { accessToken: string } }>(LOGIN, { input: { email, password } }, undefined, {
    'x-forwarded-for': ip,
  });
  if (r.errors?.length) return r.errors[0]!;
  if (!r.data?.login.accessToken) throw new Error('login answered neither a token nor an error');
  return null;
}
const codeOf = (e: GqlError | null) => (e ? (e.extensions?.code ?? 'NO_CODE') : 'OK');

/** Ends every running wait, as if its time had passed (the failure counts stay). */
async function endWaits(env: TestEnv, redis: Redis): Promise<void> {
  const keys = await redis.keys(`${env.config.queue.prefix}:login:wait-*`);
  if (keys.length) await redis.del(...keys);
}

describe('identity: login throttling per account and address, without lockout (e2e)', () => {
  let env: TestEnv;
  let redis: Redis;

  beforeAll(async () => {
    env = await createTestEnv({
      TRUST_PROXY: 'loopback',
      LOGIN_FREE_FAILURES_PER_ACCOUNT_IP: '3',
      LOGIN_FREE_FAILURES_PER_IP: '1000',
      // Long enough that no attempt in this test outlives a wait by accident, however slow the machine.
      LOGIN_DELAY_BASE_SECONDS: '600',
      LOGIN_DELAY_MAX_SECONDS: '3600',
      LOGIN_MAX_ATTEMPTS_PER_IP: '1000',
    });
    redis = createRedis(env.config.redis.url);
  });
  afterAll(async () => {
    redis?.disconnect();
    await env?.close();
  });

  it('ten wrong passwords from one address do not stop the right password from another', async () => {
    const victim = await register(env, 'PUBLIC_BUYER');
    const fromAttacker = [];
    for (let i = 0; i < 10; i++)
      fromAttacker.push(codeOf(await attemptFrom(env, '203.0.113.7', victim.email, `wrong-password-${i}`)));
    // Three wrong guesses are answered; from then on the attacker's address waits (not counted as further guesses).
    expect(fromAttacker).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', ...Array(7).fill('RATE_LIMITED')]);
    expect(codeOf(await attemptFrom(env, '203.0.113.7', victim.email, victim.password))).toBe('RATE_LIMITED');
    // The owner, elsewhere, signs in.
    expect(await attemptFrom(env, '198.51.100.20', victim.email, victim.password)).toBeNull();
    // Another spelling of the e-mail is the same account: still waiting from the attacker's address.
    expect(codeOf(await attemptFrom(env, '203.0.113.7', victim.email.toUpperCase(), victim.password))).toBe('RATE_LIMITED');
  });

  it('makes the attacker wait longer after every further failure, and says how long', async () => {
    const victim = await register(env, 'SUPPLIER');
    const ip = '203.0.113.8';
    for (let i = 0; i < 3; i++) await attemptFrom(env, ip, victim.email, 'wrong-password-a');
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const refused = await attemptFrom(env, ip, victim.email, 'wrong-password-b');
      expect(refused?.extensions?.code).toBe('RATE_LIMITED');
      expect(refused?.message).toMatch(/try again in \d+ minutes/);
      waits.push(refused!.extensions!.retryAfterSeconds!);
      await endWaits(env, redis);
      // The wait is over: one more guess is answered, and earns a longer wait.
      expect(codeOf(await attemptFrom(env, ip, victim.email, 'wrong-password-c'))).toBe('UNAUTHENTICATED');
    }
    // 600 s after the third failure, 1200 s after the fourth, 2400 s after the fifth (within a second of rounding).
    expect(waits.map((w) => Math.round(w / 600))).toEqual([1, 2, 4]);
  });

  it('a successful sign-in from an address clears that address’s failures for the account', async () => {
    const user = await register(env, 'SUPPLIER');
    const ip = '203.0.113.9';
    for (let i = 0; i < 2; i++)
      expect(codeOf(await attemptFrom(env, ip, user.email, 'wrong-password-z'))).toBe('UNAUTHENTICATED');
    expect(await attemptFrom(env, ip, user.email, user.password)).toBeNull();
    for (let i = 0; i < 2; i++)
      expect(codeOf(await attemptFrom(env, ip, user.email, 'wrong-password-z'))).toBe('UNAUTHENTICATED');
    expect(await attemptFrom(env, ip, user.email, user.password)).toBeNull();
  });

  it('also slows guessing at unknown e-mails', async () => {
    const ghost = 'ghost-account@example.test';
    for (let i = 0; i < 3; i++)
      expect(codeOf(await attemptFrom(env, '203.0.113.10', ghost, 'wrong-password-g'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attemptFrom(env, '203.0.113.10', ghost, 'wrong-password-g'))).toBe('RATE_LIMITED');
  });
});

describe('identity: login throttling per address across accounts (e2e)', () => {
  let env: TestEnv;
  let accounts: Session[];

  beforeAll(async () => {
    env = await createTestEnv({
      TRUST_PROXY: 'loopback',
      LOGIN_FREE_FAILURES_PER_ACCOUNT_IP: '1000',
      LOGIN_FREE_FAILURES_PER_IP: '4',
      LOGIN_DELAY_BASE_SECONDS: '600',
      LOGIN_MAX_ATTEMPTS_PER_IP: '1000',
    });
    accounts = [];
    for (let i = 0; i < 5; i++) accounts.push(await register(env, i % 2 ? 'SUPPLIER' : 'PUBLIC_BUYER'));
  });
  afterAll(() => env.close());

  it('an address guessing at many accounts waits for every account; other addresses are not slowed', async () => {
    const sprayer = '192.0.2.50';
    const guesses = [];
    for (const a of accounts.slice(0, 4)) guesses.push(codeOf(await attemptFrom(env, sprayer, a.email, 'Sommar2026!!')));
    expect(guesses).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const fresh = accounts[4]!;
    const refused = await attemptFrom(env, sprayer, fresh.email, fresh.password);
    expect(refused?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(await attemptFrom(env, '192.0.2.51', fresh.email, fresh.password)).toBeNull();
    expect(await attemptFrom(env, '192.0.2.51', accounts[0]!.email, accounts[0]!.password)).toBeNull();
  });

  it('counts an IPv6 client by its /64: rotating addresses inside it does not escape the wait', async () => {
    for (const [i, a] of accounts.slice(0, 4).entries()) {
      expect(codeOf(await attemptFrom(env, `2001:db8:77:1::${i + 1}`, a.email, 'Vinter2026!!'))).toBe('UNAUTHENTICATED');
    }
    const fresh = accounts[4]!;
    expect(codeOf(await attemptFrom(env, '2001:db8:77:1:ffff::99', fresh.email, fresh.password))).toBe('RATE_LIMITED');
    expect(await attemptFrom(env, '2001:db8:77:2::1', fresh.email, fresh.password)).toBeNull();
  });

  it('an address’s failures are not cleared by signing in to one’s own account in between', async () => {
    const ip = '192.0.2.60';
    const own = accounts[1]!;
    for (const a of [accounts[0]!, accounts[2]!])
      expect(codeOf(await attemptFrom(env, ip, a.email, 'guess-123456'))).toBe('UNAUTHENTICATED');
    expect(await attemptFrom(env, ip, own.email, own.password)).toBeNull();
    for (const a of [accounts[3]!, accounts[4]!])
      expect(codeOf(await attemptFrom(env, ip, a.email, 'guess-123456'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attemptFrom(env, ip, own.email, own.password))).toBe('RATE_LIMITED');
  });
});

describe('identity: login attempt cap per client IP (e2e)', () => {
  let env: TestEnv;
  let accounts: Session[];

  beforeAll(async () => {
    env = await createTestEnv({ LOGIN_MAX_ATTEMPTS_PER_IP: '5' });
    accounts = [];
    for (let i = 0; i < 4; i++) accounts.push(await register(env, i % 2 ? 'SUPPLIER' : 'PUBLIC_BUYER'));
  });
  afterAll(() => env.close());

  const attempt = async (email: string, password: string) => codeOf(await attemptFrom(env, '127.0.0.1', email, password));

  it('allows 5 attempts from one IP across accounts, then refuses every further attempt with RATE_LIMITED', async () => {
    const [a, b, c, d] = accounts as [Session, Session, Session, Session];
    const allowed = [
      await attempt(a.email, a.password),
      await attempt(b.email, 'wrong-password-1'),
      await attempt(c.email, c.password),
      await attempt('unknown@example.test', 'wrong-password-2'),
      await attempt(b.email, b.password),
    ];
    expect(allowed).toEqual(['OK', 'UNAUTHENTICATED', 'OK', 'UNAUTHENTICATED', 'OK']);
    // A fresh account with the right password, and an account that already signed in, are both refused now.
    expect(await attempt(d.email, d.password)).toBe('RATE_LIMITED');
    expect(await attempt(a.email, a.password)).toBe('RATE_LIMITED');
  });

  it('does not block registration, which is not a sign-in attempt', async () => {
    const fresh = await register(env, 'SUPPLIER');
    expect(fresh.token).toEqual(expect.any(String));
  });
});
