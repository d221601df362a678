import { randomUUID } from 'node:crypto';
import {
  createAdmin,
  createTestEnv,
  insertMatch,
  insertUser,
  login,
  register,
  sampleNeed,
  sampleProfile,
  Session,
  TestEnv,
  verifiedBuyer,
} from '@navet/testing';
import { MINE, PROFILE, ProfileView, UPSERT } from './supplier-graphql';

const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(id: $id) { id status } }`;

describe('suppliers: who sees which profile and its contact e-mail (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let supplier: Session;
  let profile: ProfileView;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    supplier = await register(env, 'SUPPLIER', 'Synliga bolaget AB');
    profile = await upsert(supplier, { contactEmail: 'salj@synliga.example' });
  });
  afterAll(() => env.close());

  async function upsert(who: Session, over: Record<string, unknown> = {}): Promise<ProfileView> {
    const d = await env.gql.ok<{ upsertSupplierProfile: ProfileView }>(UPSERT, { input: sampleProfile(over) }, who.token);
    return d.upsertSupplierProfile;
  }
  const view = (id: string, token?: string) => env.gql.request<{ supplierProfile: ProfileView | null }>(PROFILE, { id }, token);
  const seen = async (id: string, who: Session) => {
    const r = await view(id, who.token);
    if (r.errors?.length) throw new Error(`supplierProfile failed: ${JSON.stringify(r.errors)}`);
    return r.data!.supplierProfile!;
  };
  const codeOf = async (id: string, token?: string) => (await view(id, token)).errors?.[0]?.extensions?.code;

  /** A published need of `buyer` and a match row in the given status, as the matching feature stores it. */
  async function match(
    buyer: Session,
    supplierId: string,
    status: 'CONNECTED' | 'INTERESTED' | 'INVITED' | 'SUGGESTED' | 'DECLINED',
  ) {
    const need = (await env.gql.ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: sampleNeed() }, buyer.token)).createNeed;
    await env.gql.ok(PUBLISH_NEED, { id: need.id }, buyer.token);
    await insertMatch(env.ds, need.id, supplierId, { status, score: 0, explanation: '' });
    return need.id;
  }

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    expect(await codeOf(profile.id)).toBe('UNAUTHENTICATED');
  });

  it('shows a discoverable profile to a signed-in buyer, without the contact e-mail', async () => {
    const buyer = await register(env, 'PUBLIC_BUYER');
    const p = await seen(profile.id, buyer);
    expect(p).toMatchObject({
      id: profile.id,
      headline: profile.headline,
      discoverable: true,
      contactEmail: null,
      organization: { id: supplier.organizationId, name: 'Synliga bolaget AB', kind: 'SUPPLIER' },
    });
    expect(p.cpvCodes).toEqual(profile.cpvCodes);
    expect(p.regions).toEqual(profile.regions);
  });

  it('hides the contact e-mail from other suppliers', async () => {
    const rival = await register(env, 'SUPPLIER');
    const p = await seen(profile.id, rival);
    expect(p.id).toBe(profile.id);
    expect(p.contactEmail).toBeNull();
  });

  it('shows the contact e-mail to the owner (supplierProfile and mySupplierProfile) and to admins', async () => {
    expect((await seen(profile.id, supplier)).contactEmail).toBe('salj@synliga.example');
    const mine = (await env.gql.ok<{ mySupplierProfile: ProfileView }>(MINE, {}, supplier.token)).mySupplierProfile;
    expect(mine.contactEmail).toBe('salj@synliga.example');
    expect((await seen(profile.id, admin)).contactEmail).toBe('salj@synliga.example');
  });

  it('shows the contact e-mail to a colleague in the supplier organization', async () => {
    // A second user of the same organization, as an invitation flow would add them.
    const colleagueEmail = `kollega-${randomUUID().slice(0, 8)}@synliga.example`;
    const template = (await env.ds.query(`SELECT password_hash FROM users WHERE id = $1`, [supplier.userId]))[0] as {
      password_hash: string;
    };
    await insertUser(env.ds, supplier, {
      email: colleagueEmail,
      name: 'Kollega',
      role: 'SUPPLIER',
      passwordHash: template.password_hash,
    });
    const colleague = await login(env, colleagueEmail, supplier.password);
    expect((await seen(profile.id, colleague)).contactEmail).toBe('salj@synliga.example');
  });

  it('hides a non-discoverable profile from others (NOT_FOUND) but not from its owner', async () => {
    const shy = await register(env, 'SUPPLIER');
    const hidden = await upsert(shy, { discoverable: false, contactEmail: 'dold@shy.example' });
    const buyer = await register(env, 'PUBLIC_BUYER');
    const rival = await register(env, 'SUPPLIER');
    expect(await codeOf(hidden.id, buyer.token)).toBe('NOT_FOUND');
    expect(await codeOf(hidden.id, rival.token)).toBe('NOT_FOUND');
    expect(await codeOf(hidden.id)).toBe('UNAUTHENTICATED');
    expect(await seen(hidden.id, shy)).toMatchObject({ id: hidden.id, discoverable: false, contactEmail: 'dold@shy.example' });
    const mine = (await env.gql.ok<{ mySupplierProfile: ProfileView }>(MINE, {}, shy.token)).mySupplierProfile;
    expect(mine).toMatchObject({ id: hidden.id, discoverable: false });
  });

  it('hides a profile that was discoverable once its owner turns discoverability off, and shows it again when turned on', async () => {
    const flip = await register(env, 'SUPPLIER');
    const p = await upsert(flip);
    const buyer = await register(env, 'PUBLIC_BUYER');
    expect((await seen(p.id, buyer)).id).toBe(p.id);
    await upsert(flip, { discoverable: false });
    expect(await codeOf(p.id, buyer.token)).toBe('NOT_FOUND');
    await upsert(flip, { discoverable: true });
    expect((await seen(p.id, buyer)).id).toBe(p.id);
  });

  it('answers NOT_FOUND for unknown and malformed ids', async () => {
    const buyer = await register(env, 'PUBLIC_BUYER');
    expect(await codeOf('00000000-0000-4000-8000-000000000000', buyer.token)).toBe('NOT_FOUND');
    expect(await codeOf('not-an-id', buyer.token)).toBe('NOT_FOUND');
  });

  it('shows the contact e-mail to a buyer CONNECTED with the supplier, and only to that buyer', async () => {
    const connected = await verifiedBuyer(env, admin, 'Kopplade kommunen');
    const bystander = await verifiedBuyer(env, admin, 'Andra kommunen');
    expect((await seen(profile.id, connected)).contactEmail).toBeNull();
    await match(connected, profile.id, 'CONNECTED');
    expect((await seen(profile.id, connected)).contactEmail).toBe('salj@synliga.example');
    expect((await seen(profile.id, bystander)).contactEmail).toBeNull();
    const rival = await register(env, 'SUPPLIER');
    expect((await seen(profile.id, rival)).contactEmail).toBeNull();
  });

  it('keeps the contact e-mail hidden while a match is not CONNECTED', async () => {
    const other = await register(env, 'SUPPLIER');
    const otherProfile = await upsert(other, { contactEmail: 'info@other.example' });
    for (const status of ['SUGGESTED', 'INTERESTED', 'INVITED', 'DECLINED'] as const) {
      const buyer = await verifiedBuyer(env, admin);
      await match(buyer, otherProfile.id, status);
      expect({ status, contactEmail: (await seen(otherProfile.id, buyer)).contactEmail }).toEqual({ status, contactEmail: null });
    }
  });

  it('follows the contract for hidden profiles even for a connected buyer: NOT_FOUND once hidden', async () => {
    const hiding = await register(env, 'SUPPLIER');
    const p = await upsert(hiding, { contactEmail: 'gomd@hiding.example' });
    const buyer = await verifiedBuyer(env, admin);
    await match(buyer, p.id, 'CONNECTED');
    expect((await seen(p.id, buyer)).contactEmail).toBe('gomd@hiding.example');
    await upsert(hiding, { discoverable: false, contactEmail: 'gomd@hiding.example' });
    expect(await codeOf(p.id, buyer.token)).toBe('NOT_FOUND');
  });
});
