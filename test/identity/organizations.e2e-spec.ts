import { createAdmin, createTestEnv, login, register, Session, TestEnv, verifiedBuyer } from '@navet/testing';

const ORGANIZATIONS = `query($verified: Boolean, $kind: OrganizationKind, $first: Int) {
  organizations(verified: $verified, kind: $kind, first: $first) { id kind verified }
}`;

interface OrgView {
  id: string;
  kind: string;
  verified: boolean;
}

describe('identity: organizations(verified, kind, first) for admins (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let waiting: Session;
  let verified: Session;
  let supplier: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    waiting = await register(env, 'PUBLIC_BUYER');
    verified = await verifiedBuyer(env, admin);
    supplier = await register(env, 'SUPPLIER');
  });
  afterAll(() => env.close());

  const list = (variables: Record<string, unknown>, token?: string) =>
    env.gql.request<{ organizations: OrgView[] }>(ORGANIZATIONS, variables, token);
  const ids = async (variables: Record<string, unknown>) => {
    const r = await list(variables, admin.token);
    expect(r.errors).toBeUndefined();
    return r.data!.organizations.map((o) => o.id);
  };

  it('lists buyers waiting for verification: unverified PUBLIC_BUYER only', async () => {
    const r = await list({ verified: false, kind: 'PUBLIC_BUYER' }, admin.token);
    expect(r.data?.organizations).toEqual([{ id: waiting.organizationId, kind: 'PUBLIC_BUYER', verified: false }]);
  });

  it('filters by kind and by verification separately, and lists everything without filters, oldest first', async () => {
    expect(await ids({ kind: 'PUBLIC_BUYER', verified: true })).toEqual([verified.organizationId]);
    expect(await ids({ kind: 'SUPPLIER' })).toEqual([supplier.organizationId]);
    const all = await ids({});
    // The platform organization (the admin's) came first, then the three in the order they registered.
    expect(all.slice(1)).toEqual([waiting.organizationId, verified.organizationId, supplier.organizationId]);
    expect(await ids({ first: 2 })).toEqual(all.slice(0, 2));
  });

  it('bounds first (BAD_USER_INPUT naming first)', async () => {
    for (const first of [0, -1, 201]) {
      expect((await list({ first }, admin.token)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
  });

  it('is for admins only: FORBIDDEN for buyers and suppliers, UNAUTHENTICATED for anonymous callers', async () => {
    for (const who of [waiting, verified, supplier]) {
      const r = await list({}, who.token);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.data?.organizations ?? null).toBeNull();
    }
    expect((await list({})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
