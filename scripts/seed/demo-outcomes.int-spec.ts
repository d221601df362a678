import { DataSource } from 'typeorm';
import { ReferenceCatalogue } from '@navet/reference';
import { seedDemoOutcomes } from './demo-outcomes';
import { SeededDatabase, seededDatabase } from './test-support/seeded-database';

let seeded: SeededDatabase;
const catalogue = ReferenceCatalogue.fromFiles();
let ds: DataSource;
const one = async <T>(sql: string): Promise<T> => ((await ds.query(sql)) as T[])[0]!;

describe('seedDemoOutcomes (real PostgreSQL)', () => {
  beforeAll(async () => {
    seeded = await seededDatabase(catalogue);
    ds = seeded.ds;
  }, 120_000);

  afterAll(() => seeded?.close());

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
    // Each award need carries its real winners as a public outcome, and their matches are marked contracted.
    const outcomes = await one<{ n: number; procured: number; winners: number; contracted: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE o.result = 'PROCURED')::int AS procured,
              sum(cardinality(o.contracted_supplier_ids))::int AS winners,
              (SELECT count(*)::int FROM matches WHERE contracted_at IS NOT NULL) AS contracted
         FROM need_outcomes o JOIN needs n ON n.id = o.need_id WHERE n.source_ref LIKE 'ted-award:%'`,
    );
    expect(outcomes).toEqual({ n: first.needs, procured: first.needs, winners: first.matches, contracted: first.matches });
    const again = await seedDemoOutcomes(ds, catalogue);
    expect(again).toEqual({ needs: 0, matches: 0, skipped: true });
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM matches`)).n).toBe(first.matches);
  });
});
