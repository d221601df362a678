import { DataSource } from 'typeorm';
import { loadConfig } from '@navet/config';
import { OpenDataService, parseFeedQuery } from '@navet/open-data';
import { ReferenceCatalogue } from '@navet/reference';
import { ocdsPackageErrors } from '../../test/open-data/ocds-validator';
import { SeededDatabase, seededDatabase } from './test-support/seeded-database';

let seeded: SeededDatabase;
let ds: DataSource;
const catalogue = ReferenceCatalogue.fromFiles();

/** The OCDS feed over the demo data (hundreds of real TED needs): every page validates against OCDS 1.1.5. */
describe('the OCDS feed of the demo seed', () => {
  beforeAll(async () => {
    seeded = await seededDatabase(catalogue);
    ds = seeded.ds;
  }, 180_000);

  afterAll(() => seeded?.close());

  it('pages through every public need version, each page a valid release package', async () => {
    const openData = new OpenDataService(ds, catalogue, loadConfig({ NODE_ENV: 'test' }));
    const parsed = parseFeedQuery({ limit: '250' });
    if (!parsed.ok) throw new Error(parsed.message);
    let query = parsed.query;
    const ids: string[] = [];
    for (;;) {
      const page = await openData.releasePackage(query);
      expect(ocdsPackageErrors(JSON.parse(JSON.stringify(page)))).toEqual([]);
      ids.push(...page.releases.map((r) => r.id));
      if (!page.links) break;
      const next = parseFeedQuery({ limit: '250', after: new URL(page.links.next).searchParams.get('after')! });
      if (!next.ok) throw new Error(next.message);
      query = next.query;
    }
    const versions = Number((await ds.query(`SELECT count(*)::int AS n FROM need_versions`))[0].n);
    const publicNeeds = Number((await ds.query(`SELECT count(*)::int AS n FROM needs WHERE status <> 'DRAFT'`))[0].n);
    expect(ids.length).toBe(versions);
    expect(new Set(ids).size).toBe(ids.length);
    expect(versions).toBeGreaterThanOrEqual(publicNeeds);
    expect(publicNeeds).toBeGreaterThanOrEqual(300);
  });
});
