import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@navet/database';
import { verifyPassword } from '@navet/identity';
import { loadReferenceData, ReferenceCatalogue } from '@navet/reference';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { seedDemo } from './seed-demo';

let services: IsolatedServices;
const catalogue = ReferenceCatalogue.fromFiles();
let ds: DataSource;

const TABLES = ['organizations', 'users', 'needs', 'supplier_profiles', 'outbox'] as const;
async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number(((await ds.query(`SELECT count(*)::int AS n FROM ${t}`)) as { n: number }[])[0]!.n);
  return out;
}
const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => ((await ds.query(sql, params)) as T[])[0]!;

describe('seedDemo (real PostgreSQL)', () => {
  let first: Awaited<ReturnType<typeof seedDemo>>;

  beforeAll(async () => {
    services = await isolatedServices({ database: 'empty' });
    ds = new DataSource(dataSourceOptions(services.databaseUrl, [], 4));
    await ds.initialize();
    await runMigrations(ds);
    await loadReferenceData(ds, catalogue);
    first = await seedDemo(ds, catalogue);
  }, 120_000);

  afterAll(async () => {
    await ds?.destroy();
    await services?.close();
  });

  it('loads a realistic catalogue: over a thousand discoverable suppliers and several hundred published needs', async () => {
    expect(first.skipped).toBe(false);
    const profiles = await one<{ n: number }>('SELECT count(*)::int AS n FROM supplier_profiles WHERE discoverable');
    const needs = await one<{ n: number }>(`SELECT count(*)::int AS n FROM needs WHERE status = 'PUBLISHED'`);
    expect(profiles.n).toBeGreaterThanOrEqual(1000);
    expect(needs.n).toBeGreaterThanOrEqual(300);
    expect(first.suppliers).toBe(profiles.n);
    const buyers = await one<{ n: number; unverified: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT o.verified)::int AS unverified FROM organizations o
       WHERE o.id IN (SELECT buyer_organization_id FROM needs WHERE status = 'PUBLISHED')`,
    );
    expect(buyers.n).toBeGreaterThan(50);
    expect(buyers.unverified).toBe(0);
  });

  it('creates the demo accounts with working passwords in the right organizations', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await one<{ password_hash: string; role: string; kind: string; verified: boolean; org: string }>(
        `SELECT u.password_hash, u.role, o.kind, o.verified, o.name AS org FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = $1`,
        [account.email.toLowerCase()],
      );
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.password_hash, account.password)).toBe(true);
      expect(await verifyPassword(user.password_hash, 'wrong-password-123')).toBe(false);
    }
    const demoBuyer = await one<{ verified: boolean; published: number; drafts: number }>(
      `SELECT o.verified, count(*) FILTER (WHERE n.status = 'PUBLISHED')::int AS published, count(*) FILTER (WHERE n.status = 'DRAFT')::int AS drafts
       FROM organizations o JOIN needs n ON n.buyer_organization_id = o.id WHERE o.name = 'Demo kommun' GROUP BY o.verified`,
    );
    expect(demoBuyer).toEqual({ verified: true, published: 2, drafts: 1 });
    const newBuyer = await one<{ verified: boolean }>(
      `SELECT o.verified FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = 'newbuyer@navet.demo'`,
    );
    expect(newBuyer.verified).toBe(false);
    const supplier = await one<{ headline: string; discoverable: boolean }>(
      `SELECT p.headline, p.discoverable FROM supplier_profiles p JOIN organizations o ON o.id = p.organization_id WHERE o.name = 'Demo Innovation AB'`,
    );
    expect(supplier.discoverable).toBe(true);
  });

  it('announces every published need and discoverable profile to the indexer with bulk priority', async () => {
    const missingNeeds = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM needs n WHERE n.status = 'PUBLISHED'
       AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.event_type = 'need.published' AND e.payload->>'needId' = n.id::text)`,
    );
    const missingProfiles = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM supplier_profiles p WHERE p.discoverable
       AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.event_type = 'supplier.updated' AND e.payload->>'supplierId' = p.id::text)`,
    );
    const drafts = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox e JOIN needs n ON e.payload->>'needId' = n.id::text WHERE n.status = 'DRAFT'`,
    );
    const priorities = (await ds.query('SELECT DISTINCT priority FROM outbox')) as { priority: number }[];
    expect({ missingNeeds: missingNeeds.n, missingProfiles: missingProfiles.n, drafts: drafts.n }).toEqual({
      missingNeeds: 0,
      missingProfiles: 0,
      drafts: 0,
    });
    expect(priorities).toEqual([{ priority: 10 }]);
  });

  it('stores only valid CPV codes, known regions and texts within the limits', async () => {
    const needs = (await ds.query('SELECT title, summary, description, cpv_codes, region_codes FROM needs')) as {
      title: string;
      summary: string;
      description: string;
      cpv_codes: string[];
      region_codes: string[];
    }[];
    const invalid = needs.filter(
      (n) =>
        n.cpv_codes.length === 0 ||
        n.cpv_codes.some((c) => catalogue.cpv(c)?.code !== c) ||
        n.region_codes.length === 0 ||
        n.region_codes.some((r) => !catalogue.region(r)) ||
        n.title.length > 200 ||
        n.summary.length > 500 ||
        n.description.length > 20000,
    );
    expect(invalid).toEqual([]);
    const badProfiles = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM supplier_profiles p WHERE cardinality(p.cpv_codes) = 0
       OR EXISTS (SELECT 1 FROM unnest(p.cpv_codes) c WHERE c NOT IN (SELECT code FROM cpv_codes))
       OR p.contact_email NOT LIKE '%.example'`,
    );
    expect(badProfiles.n).toBe(0);
  });

  it('writes nothing on a second run', async () => {
    const before = await counts();
    const again = await seedDemo(ds, catalogue);
    expect(again).toEqual({ organizations: 0, users: 0, needs: 0, suppliers: 0, skipped: true });
    expect(await counts()).toEqual(before);
  });
});
