import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@navet/database';
import { readLedger, verifyChain } from '@navet/ledger';
import { loadReferenceData, ReferenceCatalogue } from '@navet/reference';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { seedDemoClarifications } from './demo-clarifications';
import { seedDemo } from './seed-demo';

let services: IsolatedServices;
const catalogue = ReferenceCatalogue.fromFiles();
let ds: DataSource;

describe('seedDemoClarifications (real PostgreSQL)', () => {
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

  it('adds answered and open questions and clarifications to the demo needs, with ledger entries, once', async () => {
    const first = await seedDemoClarifications(ds);
    expect(first).toEqual({ questions: 4, clarifications: 3, skipped: false });
    const rows: { key: string; status: string; askedBy: string }[] = await ds.query(
      `SELECT n.source_ref AS key, q.status, o.name AS "askedBy"
         FROM questions q JOIN needs n ON n.id = q.need_id JOIN organizations o ON o.id = q.organization_id ORDER BY q.asked_at`,
    );
    expect(rows.map((r) => r.status)).toEqual(['ANSWERED', 'OPEN', 'ANSWERED', 'OPEN']);
    expect(rows.filter((r) => r.askedBy === 'Demo Innovation AB')).toHaveLength(2);
    const needIds: { id: string }[] = await ds.query(`SELECT DISTINCT need_id AS id FROM clarifications`);
    expect(needIds).toHaveLength(2);
    for (const { id } of needIds) {
      const ledger = await readLedger(ds, id);
      expect(verifyChain(ledger).valid).toBe(true);
      expect(ledger.map((e) => e.action)).toContain('CLARIFICATION_PUBLISHED');
    }
    expect(await seedDemoClarifications(ds)).toEqual({ questions: 0, clarifications: 0, skipped: true });
    const [n] = await ds.query(
      `SELECT (SELECT count(*) FROM questions)::int AS q, (SELECT count(*) FROM clarifications)::int AS c`,
    );
    expect(n).toEqual({ q: 4, c: 3 });
  });
});
