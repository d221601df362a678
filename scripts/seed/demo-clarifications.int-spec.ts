import { DataSource } from 'typeorm';
import { readLedger, verifyChain } from '@navet/ledger';
import { ReferenceCatalogue } from '@navet/reference';
import { seedDemoClarifications } from './demo-clarifications';
import { SeededDatabase, seededDatabase } from './test-support/seeded-database';

let seeded: SeededDatabase;
const catalogue = ReferenceCatalogue.fromFiles();
let ds: DataSource;

describe('seedDemoClarifications (real PostgreSQL)', () => {
  beforeAll(async () => {
    seeded = await seededDatabase(catalogue);
    ds = seeded.ds;
  }, 120_000);

  afterAll(() => seeded?.close());

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
