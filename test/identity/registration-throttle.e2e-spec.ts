import { randomBytes } from 'node:crypto';
import { createTestEnv, TestEnv } from '@navet/testing';

const REGISTER = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }`;

const unique = () => randomBytes(4).toString('hex');
const registration = (over: Record<string, unknown> = {}) => ({
  organizationName: `Bolag ${unique()}`,
  kind: 'SUPPLIER',
  userName: 'Test Person',
  email: `reg-${unique()}@example.test`,
  password: 'correct-horse-battery',
  ...over,
});

describe('identity: registration throttled per client IP (e2e)', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv({ TRUST_PROXY: 'loopback', REGISTRATION_MAX_PER_IP: '3' });
  });
  afterAll(() => env.close());

  const registerFrom = (ip: string, over: Record<string, unknown> = {}) =>
    env.gql.request<{ registerOrganization: { accessToken: string } }>(REGISTER, { input: registration(over) }, undefined, {
      'x-forwarded-for': ip,
    });
  const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';
  const users = async () => Number((await env.ds.query(`SELECT count(*) AS n FROM users`))[0].n);

  it('counts every attempt that reaches the database, CONFLICTs included, then refuses with RATE_LIMITED and writes nothing', async () => {
    const ip = '203.0.113.30';
    const taken = `taken-${unique()}@example.test`;
    expect(codeOf(await registerFrom(ip, { email: taken }))).toBe('OK');
    // Probing for taken addresses: the contract's CONFLICT, but it costs the same as a registration.
    expect(codeOf(await registerFrom(ip, { email: taken }))).toBe('CONFLICT');
    expect(codeOf(await registerFrom(ip))).toBe('OK');
    const before = await users();
    const refused = await registerFrom(ip);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused.errors?.[0]?.message).toMatch(/try again in/);
    // Over the limit a taken address is not told apart from a free one.
    expect(codeOf(await registerFrom(ip, { email: taken }))).toBe('RATE_LIMITED');
    expect(await users()).toBe(before);
  });

  it('does not count input refused before any work (BAD_USER_INPUT), and does not limit other addresses', async () => {
    const ip = '203.0.113.31';
    for (let i = 0; i < 5; i++) expect(codeOf(await registerFrom(ip, { password: 'short' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await registerFrom(ip))).toBe('OK');
    expect(codeOf(await registerFrom('203.0.113.32'))).toBe('OK');
  });
});
