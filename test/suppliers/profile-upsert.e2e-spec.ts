import { createAdmin, createTestEnv, login, register, sampleProfile, Session, TestEnv } from '@navet/testing';
import { MINE, ProfileView, UPSERT } from './supplier-graphql';

describe('suppliers: upsertSupplierProfile and mySupplierProfile (e2e)', () => {
  let env: TestEnv;
  let admin: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
  });
  afterAll(() => env.close());

  const upsert = async (who: Session, over: Record<string, unknown> = {}) =>
    (await env.gql.ok<{ upsertSupplierProfile: ProfileView }>(UPSERT, { input: sampleProfile(over) }, who.token))
      .upsertSupplierProfile;
  const mine = async (who: Session) =>
    (await env.gql.ok<{ mySupplierProfile: ProfileView | null }>(MINE, {}, who.token)).mySupplierProfile;
  const count = async (sql: string, params: unknown[] = []) => Number((await env.ds.query(sql, params))[0].n);
  const profileRows = (orgId: string) => count(`SELECT count(*) AS n FROM supplier_profiles WHERE organization_id = $1`, [orgId]);
  const totals = async () => [
    await count(`SELECT count(*) AS n FROM supplier_profiles`),
    await count(`SELECT count(*) AS n FROM outbox`),
  ];

  it('has no profile before the first upsert', async () => {
    const supplier = await register(env, 'SUPPLIER');
    expect(await mine(supplier)).toBeNull();
  });

  it('creates a profile where every field round-trips: labelled CPV codes, named regions, references', async () => {
    const supplier = await register(env, 'SUPPLIER', 'Laddbolaget AB');
    const p = await upsert(supplier);
    expect(p).toMatchObject({
      headline: 'Smart laddinfrastruktur för kommunala fordonsflottor',
      description: 'Vi bygger och driver laddning för elfordon, med lastbalansering och bokning.',
      offerings: ['Laddboxar', 'Lastbalansering'],
      focusAreas: ['TRANSPORT', 'ENERGY'],
      companySize: 'SMALL',
      readiness: 'MARKET_READY',
      languages: ['sv', 'en'],
      discoverable: true,
      contactEmail: 'kontakt@laddbolaget.example',
      references: [{ title: 'Laddning för hemtjänst', customer: 'Exempel kommun', year: 2024, description: null }],
      organization: { id: supplier.organizationId, name: 'Laddbolaget AB', kind: 'SUPPLIER' },
    });
    expect(p.cpvCodes.map((c) => c.code)).toEqual(['34144900-7', '31158100-9']);
    expect(p.cpvCodes[0]).toEqual({ code: '34144900-7', labelSv: 'Elfordon', labelEn: expect.any(String), level: 5 });
    for (const c of p.cpvCodes) expect(c.labelSv.length).toBeGreaterThan(0);
    expect(p.regions).toEqual([{ code: 'SE1', name: expect.any(String), level: 1 }]);
    expect(p.regions[0]!.name).not.toBe('SE1');
    expect(Number.isNaN(Date.parse(p.updatedAt))).toBe(false);
    expect(await mine(supplier)).toEqual(p);
    expect(await profileRows(supplier.organizationId)).toBe(1);
  });

  it('updates the same profile in place: same id, one row, every field replaced', async () => {
    const supplier = await register(env, 'SUPPLIER');
    const created = await upsert(supplier);
    const updated = await upsert(supplier, {
      headline: 'Laddning och energilagring',
      description: 'Nu även batterilager.',
      offerings: ['Batterilager'],
      cpvCodes: ['31158100-9'],
      regionCodes: ['se110', 'DK01', 'SE110'],
      focusAreas: ['CLIMATE_AND_ENVIRONMENT'],
      companySize: 'MEDIUM',
      readiness: 'NEEDS_DEVELOPMENT',
      references: [
        { title: 'Batterilager för skola', customer: 'Region Exempel', year: 2025, description: 'Pilot under ett år.' },
        { title: 'Förstudie', customer: 'Exempel kommun' },
      ],
      languages: ['EN'],
      discoverable: false,
      contactEmail: 'Ny.Kontakt@Laddbolaget.Example',
    });
    expect(updated.id).toBe(created.id);
    expect(updated).toMatchObject({
      headline: 'Laddning och energilagring',
      description: 'Nu även batterilager.',
      offerings: ['Batterilager'],
      focusAreas: ['CLIMATE_AND_ENVIRONMENT'],
      companySize: 'MEDIUM',
      readiness: 'NEEDS_DEVELOPMENT',
      languages: ['en'],
      discoverable: false,
      contactEmail: 'ny.kontakt@laddbolaget.example',
      references: [
        { title: 'Batterilager för skola', customer: 'Region Exempel', year: 2025, description: 'Pilot under ett år.' },
        { title: 'Förstudie', customer: 'Exempel kommun', year: null, description: null },
      ],
    });
    expect(updated.cpvCodes.map((c) => c.code)).toEqual(['31158100-9']);
    // Normalised to upper case, duplicates dropped; foreign codes are named by their code.
    expect(updated.regions.map((r) => r.code)).toEqual(['SE110', 'DK01']);
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    expect(await mine(supplier)).toEqual(updated);
    expect(await profileRows(supplier.organizationId)).toBe(1);
  });

  it('keeps one profile per organization even under concurrent first upserts', async () => {
    const supplier = await register(env, 'SUPPLIER');
    const results = await Promise.all(
      [1, 2, 3].map((i) =>
        env.gql.request<{ upsertSupplierProfile: ProfileView }>(
          UPSERT,
          { input: sampleProfile({ headline: `Samtidig ${i}` }) },
          supplier.token,
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.upsertSupplierProfile.id)).size).toBe(1);
    expect(await profileRows(supplier.organizationId)).toBe(1);
  });

  it('refuses buyers and admins (FORBIDDEN) and anonymous callers (UNAUTHENTICATED), writing nothing', async () => {
    const buyer = await register(env, 'PUBLIC_BUYER');
    const before = await totals();
    expect((await env.gql.fails(UPSERT, { input: sampleProfile() }, buyer.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(UPSERT, { input: sampleProfile() }, admin.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await env.gql.fails(UPSERT, { input: sampleProfile() })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await totals()).toEqual(before);
    expect(await mine(buyer)).toBeNull();
  });

  it('answers UNAUTHENTICATED for mySupplierProfile when anonymous', async () => {
    expect((await env.gql.fails(MINE)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  const badCases: [Record<string, unknown>, string][] = [
    [{ cpvCodes: ['99999999-9'] }, 'cpvCodes'],
    [{ cpvCodes: ['72000000-4'] }, 'cpvCodes'], // wrong check digit
    [{ cpvCodes: [] }, 'cpvCodes'],
    [{ regionCodes: ['sweden!'] }, 'regionCodes'],
    [{ regionCodes: ['SE999'] }, 'regionCodes'],
    [{ regionCodes: [] }, 'regionCodes'],
    [{ contactEmail: 'kontakt-at-bolaget' }, 'contactEmail'],
    [{ contactEmail: '' }, 'contactEmail'],
    [{ headline: '' }, 'headline'],
    [{ headline: '   ' }, 'headline'],
    [{ description: '' }, 'description'],
    [{ references: [{ title: 'Gammalt uppdrag', customer: 'Kunglig myndighet', year: 1800 }] }, 'references'],
    [{ references: [{ title: 'Framtida uppdrag', customer: 'Exempel kommun', year: 2999 }] }, 'references'],
    [{ references: [{ title: '', customer: 'Exempel kommun' }] }, 'references'],
    [{ languages: ['swedish'] }, 'languages'],
    [{ languages: [] }, 'languages'],
  ];

  it('rejects bad input on update with the offending field; the profile is unchanged and nothing is written', async () => {
    const supplier = await register(env, 'SUPPLIER');
    const original = await upsert(supplier);
    const before = await totals();
    for (const [over, field] of badCases) {
      const err = await env.gql.fails(
        UPSERT,
        { input: sampleProfile({ ...over, headline: over.headline ?? 'Ändrad rubrik' }) },
        supplier.token,
      );
      expect({ over, code: err.extensions?.code, field: err.extensions?.field }).toEqual({ over, code: 'BAD_USER_INPUT', field });
    }
    expect(await mine(supplier)).toEqual(original);
    expect(await totals()).toEqual(before);
  });

  it('rejects bad input on create: still no profile', async () => {
    const supplier = await register(env, 'SUPPLIER');
    const before = await totals();
    for (const [over, field] of badCases) {
      const err = await env.gql.fails(UPSERT, { input: sampleProfile(over) }, supplier.token);
      expect({ over, field: err.extensions?.field }).toEqual({ over, field });
    }
    expect(await mine(supplier)).toBeNull();
    expect(await totals()).toEqual(before);
  });
});
