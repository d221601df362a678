import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@navet/database';
import { loadReferenceData, ReferenceCatalogue } from '@navet/reference';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { seedDemoOutcomes } from './demo-outcomes';
import { seedDemo } from './seed-demo';

let services: IsolatedServices;
const catalogue = ReferenceCatalogue.fromFiles();
let ds: DataSource;
const one = async <T>(sql: string): Promise<T> => ((await ds.query(sql)) as T[])[0]!;

describe('seedDemoOutcomes (real PostgreSQL)', () => {
  beforeAll(async () => {
    services = await isolatedServices({ database: 'empty' });
    ds = new DataSource(dataSourceOptions(services.databaseUrl, [], 4));
    await ds.initialize();
    await runMigrations(ds);
    await loadReferenceData(ds, catalogue);
    await seedDemo(ds, catalogue);
  }, 120_000);

  afterAll(async () => {
    await ds?.destroy();
    await services?.close();
  });

  it('records real awards as closed needs connected with their winners, once', async () => {
    const first = await seedDemoOutcomes(ds, catalogue);
    expect(first.skipped).toBe(false);
    expect(first.needs).toBeGreaterThanOrEqual(50);
    expect(first.matches).toBeGreaterThanOrEqual(first.needs);
    const needs = await one<{ n: number; open: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status <> 'CLOSED')::int AS open FROM needs WHERE source_ref LIKE 'ted-award:%'`,
    );
    expect(needs).toEqual({ n: first.needs, open: 0 });
    const matches = await one<{ n: number; other: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE m.status <> 'CONNECTED')::int AS other
         FROM matches m JOIN needs n ON n.id = m.need_id WHERE n.source_ref LIKE 'ted-award:%'`,
    );
    expect(matches).toEqual({ n: first.matches, other: 0 });
    const again = await seedDemoOutcomes(ds, catalogue);
    expect(again).toEqual({ needs: 0, matches: 0, skipped: true });
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM matches`)).n).toBe(first.matches);
  });
});
