import { createAdmin, createTestEnv, login, register, Session, TestEnv } from '@navet/testing';

const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { id name kind verified } }`;
const ME = `query { me { id email role organization { id kind verified } } }`;
const REGISTER = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }`;

interface OrgView {
  id: string;
  kind: string;
  verified: boolean;
}
interface MeView {
  me: { id: string; email: string; role: string; organization: OrgView } | null;
}

describe('identity: verifyOrganization (e2e)', () => {
  let env: TestEnv;
  let admin: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
  });
  afterAll(() => env.close());

  const verify = (id: string, token?: string) => env.gql.request<{ verifyOrganization: OrgView }>(VERIFY, { id }, token);
  const verifiedInDb = async (id: string) =>
    (await env.ds.query(`SELECT verified, verified_at FROM organizations WHERE id = $1`, [id]))[0] as {
      verified: boolean;
      verified_at: Date | null;
    };

  it('lets an admin verify a public buyer; the buyer sees it; verifying again is harmless', async () => {
    const buyer = await register(env, 'PUBLIC_BUYER');
    const first = await verify(buyer.organizationId, admin.token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.verifyOrganization).toMatchObject({ id: buyer.organizationId, kind: 'PUBLIC_BUYER', verified: true });
    const me = await env.gql.ok<MeView>(ME, {}, buyer.token);
    expect(me.me?.organization).toEqual({ id: buyer.organizationId, kind: 'PUBLIC_BUYER', verified: true });
    const stampedAt = (await verifiedInDb(buyer.organizationId)).verified_at;
    expect(stampedAt).not.toBeNull();

    const again = await verify(buyer.organizationId, admin.token);
    expect(again.errors).toBeUndefined();
    expect(again.data!.verifyOrganization.verified).toBe(true);
    // Idempotent: the first verification time is kept.
    expect((await verifiedInDb(buyer.organizationId)).verified_at).toEqual(stampedAt);
  });

  it('refuses buyers and suppliers (FORBIDDEN) and anonymous callers (UNAUTHENTICATED); the organization stays unverified', async () => {
    const target = await register(env, 'PUBLIC_BUYER');
    const supplier = await register(env, 'SUPPLIER');
    const expectations: [string | undefined, string][] = [
      [target.token, 'FORBIDDEN'], // verifying your own organization
      [supplier.token, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ];
    for (const [token, code] of expectations) {
      const r = await verify(target.organizationId, token);
      expect({ code: r.errors?.[0]?.extensions?.code, data: r.data ?? null }).toEqual({ code, data: null });
    }
    expect((await verifiedInDb(target.organizationId)).verified).toBe(false);
    const me = await env.gql.ok<MeView>(ME, {}, target.token);
    expect(me.me?.organization.verified).toBe(false);
  });

  it('answers NOT_FOUND for an unknown organization id', async () => {
    const r = await verify('00000000-0000-4000-8000-000000000000', admin.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for a malformed organization id (not an internal error)', async () => {
    const r = await verify('not-an-id', admin.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to verify a SUPPLIER organization with INVALID_STATE', async () => {
    const supplier = await register(env, 'SUPPLIER');
    const r = await verify(supplier.organizationId, admin.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    expect((await verifiedInDb(supplier.organizationId)).verified).toBe(false);
  });
});

describe('identity: admin account from NAVET_ADMIN_EMAIL / NAVET_ADMIN_PASSWORD (e2e)', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv({ NAVET_ADMIN_EMAIL: 'ops@navet.test', NAVET_ADMIN_PASSWORD: 'long-admin-password' });
  });
  afterAll(() => env.close());

  it('creates the admin at boot: it signs in with role ADMIN and can verify buyers', async () => {
    const ops = await login(env, 'ops@navet.test', 'long-admin-password');
    const me = await env.gql.ok<MeView>(ME, {}, ops.token);
    expect(me.me).toMatchObject({ email: 'ops@navet.test', role: 'ADMIN', organization: { kind: 'PLATFORM' } });
    const buyer = await register(env, 'PUBLIC_BUYER');
    const r = await env.gql.ok<{ verifyOrganization: OrgView }>(VERIFY, { id: buyer.organizationId }, ops.token);
    expect(r.verifyOrganization.verified).toBe(true);
  });

  it('keeps the admin e-mail taken: registering with it is a CONFLICT', async () => {
    const err = await env.gql.fails(REGISTER, {
      input: {
        organizationName: 'Kapare AB',
        kind: 'SUPPLIER',
        userName: 'Mallory',
        email: 'OPS@navet.test',
        password: 'long-enough-password',
      },
    });
    expect(err.extensions?.code).toBe('CONFLICT');
    const admins = await env.ds.query(`SELECT count(*) AS n FROM users WHERE role = 'ADMIN'`);
    expect(Number(admins[0].n)).toBe(1);
  });

  it('is not an admin for a wrong password', async () => {
    const r = await env.gql.request(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: 'ops@navet.test', password: 'wrong-admin-password' },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
