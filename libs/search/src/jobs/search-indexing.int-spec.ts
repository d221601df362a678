import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@navet/config';
import { OutboxModule } from '@navet/outbox';
import { newId } from '@navet/core';
import { dataSourceOptions, migrateDatabase } from '@navet/database';
import { JobPriority } from '@navet/queue';
import { ReferenceModule } from '@navet/reference';
import { MeiliClient } from '../client/meili-client.service';
import { waitForTask } from '../client/meili-task';
import { NeedSearchFilter, SupplierSearchFilter } from '../filters/search-filters';
import { SearchService } from '../queries/search.service';
import { SEARCH_JOB_HANDLERS, SearchIndexingModule } from '../search-indexing.module';
import { createTestDatabase, dropTestDatabase, dropTestIndexes, searchTestConfig } from '../test-support/search-test-env';
import { IndexNeedHandler, IndexNeedsHandler } from './index-need.handler';
import { IndexSupplierHandler, IndexSuppliersHandler } from './index-supplier.handler';
import { ReconcileHandler } from './reconcile.handler';
import { ReindexAllHandler } from './reindex-all.handler';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

const ctx = { jobId: 'test', attempt: 1 };
const buyerId = newId();
const supplierOrgId = newId();
const vehicles = newId(); // published, 34144900-7, SE110
const software = newId(); // published, 72000000-5, SE332
const draft = newId();
const charging = newId(); // supplier profile, all of SE

let dbUrl: string;
let app: INestApplicationContext;
let ds: DataSource;
let meili: MeiliClient;
let search: SearchService;

async function insertNeed(id: string, status: string, title: string, cpv: string, region: string, focus: string): Promise<void> {
  await ds.query(
    `INSERT INTO needs (id, buyer_organization_id, title, summary, description, desired_outcomes, language, cpv_codes,
       region_codes, focus_areas, readiness, status, stage, published_at)
     VALUES ($1, $2, $3, 'Sammanfattning', 'Beskrivning av behovet', '{"Lägre utsläpp"}', 'sv', $4, $5, $6,
       'MARKET_READY', $7, 'MARKET_DIALOGUE', CASE WHEN $7 = 'PUBLISHED' THEN now() END)`,
    [id, buyerId, title, [cpv], [region], [focus], status],
  );
}

const needIds = async (query: string, filter?: NeedSearchFilter): Promise<string[]> =>
  (await search.searchNeeds({ query, filter, page: 1, pageSize: 50 })).hits.map((h) => h.id).sort();
const supplierIds = async (query: string, filter?: SupplierSearchFilter): Promise<string[]> =>
  (await search.searchSuppliers({ query, filter, page: 1, pageSize: 50 })).hits.map((h) => h.id);

beforeAll(async () => {
  dbUrl = await createTestDatabase();
  await migrateDatabase(dbUrl);

  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(searchTestConfig(dbUrl)),
      ReferenceModule,
      TypeOrmModule.forRoot(dataSourceOptions(dbUrl, [], 4)),
      OutboxModule,
      SearchIndexingModule,
    ],
  }).compile();
  app = await moduleRef.init();
  ds = app.get(DataSource);
  meili = app.get(MeiliClient);
  search = app.get(SearchService);

  await ds.query(
    `INSERT INTO organizations (id, name, kind, country_code) VALUES ($1, 'Stockholms stad', 'PUBLIC_BUYER', 'SE'), ($2, 'Laddbolaget AB', 'SUPPLIER', 'SE')`,
    [buyerId, supplierOrgId],
  );
  await insertNeed(vehicles, 'PUBLISHED', 'Eldrivna arbetsmaskiner för parkförvaltningen', '34144900-7', 'SE110', 'TRANSPORT');
  await insertNeed(software, 'PUBLISHED', 'Digital bokning av lokaler', '72000000-5', 'SE332', 'DIGITALISATION');
  await insertNeed(draft, 'DRAFT', 'Hemligt utkast om parkförvaltningen', '34144900-7', 'SE110', 'TRANSPORT');
  await ds.query(
    `INSERT INTO supplier_profiles (id, organization_id, headline, description, offerings, cpv_codes, region_codes,
       focus_areas, company_size, readiness, "references", contact_email)
     VALUES ($1, $2, 'Laddinfrastruktur för kommuner', 'Vi bygger och driver laddplatser', '{"Laddboxar"}',
       '{"31158100-9"}', '{"SE"}', '{"ENERGY"}', 'SMALL', 'MARKET_READY',
       '[{"title": "Laddplatser", "customer": "Umeå kommun", "year": 2023, "description": null}]', 'kontakt@laddbolaget.se')`,
    [charging, supplierOrgId],
  );

  const needs = app.get(IndexNeedHandler);
  for (const needId of [vehicles, software, draft]) await needs.handle({ needId });
  await app.get(IndexSupplierHandler).handle({ supplierId: charging });
});

afterAll(async () => {
  if (meili) await dropTestIndexes(meili);
  await app?.close();
  if (dbUrl) await dropTestDatabase(dbUrl);
});

describe('search indexing against PostgreSQL and Meilisearch', () => {
  it('registers one handler per search job', () => {
    expect(SEARCH_JOB_HANDLERS.map((h) => app.get(h).jobName).sort()).toEqual([
      'search.index-need',
      'search.index-needs',
      'search.index-supplier',
      'search.index-suppliers',
      'search.reconcile',
      'search.reindex-all',
    ]);
  });

  it('finds a published need by its title and by its CPV labels in Swedish and English, including ancestors', async () => {
    expect(await needIds('parkförvaltningen')).toEqual([vehicles]);
    expect(await needIds('elfordon')).toEqual([vehicles]);
    expect(await needIds('electric vehicles')).toEqual([vehicles]);
    expect(await needIds('motorfordon')).toEqual([vehicles]);
    expect(await needIds('Stockholms')).toEqual([software, vehicles].sort());
  });

  it('never shows a draft', async () => {
    const all = await search.searchNeeds({ query: '', page: 1, pageSize: 10 });
    expect(all.totalHits).toBe(2);
    expect(all.hits.map((h) => h.id)).not.toContain(draft);
  });

  it('filters by region overlap', async () => {
    expect(await needIds('', { regionCodes: ['SE1'] })).toEqual([vehicles]);
    expect(await needIds('', { regionCodes: ['SE110'] })).toEqual([vehicles]);
    expect(await needIds('', { regionCodes: ['SE332'] })).toEqual([software]);
    expect(await needIds('', { regionCodes: ['SE110', 'SE332'] })).toEqual([software, vehicles].sort());
    // A supplier serving all of Sweden serves a need in SE110.
    expect(await supplierIds('', { regionCodes: ['SE110'] })).toEqual([charging]);
  });

  it('filters by CPV prefix, focus area, readiness and buyer', async () => {
    expect(await needIds('', { cpvPrefixes: ['34'] })).toEqual([vehicles]);
    expect(await needIds('', { cpvPrefixes: ['3414'] })).toEqual([vehicles]);
    expect(await needIds('', { cpvPrefixes: ['72'] })).toEqual([software]);
    expect(await needIds('', { cpvPrefixes: ['35'] })).toEqual([]);
    expect(await needIds('', { focusAreas: ['TRANSPORT'], readiness: ['MARKET_READY'], buyerId })).toEqual([vehicles]);
    expect(await needIds('', { buyerId: newId() })).toEqual([]);
    expect(await supplierIds('laddplatser', { companySizes: ['SMALL'], cpvPrefixes: ['3115'] })).toEqual([charging]);
    expect(await supplierIds('', { companySizes: ['LARGE'] })).toEqual([]);
  });

  it('returns facet counts for every facet field and a ranking score per hit', async () => {
    const result = await search.searchNeeds({ query: 'elfordon', page: 1, pageSize: 10 });
    expect(result.hits[0].rankingScore).toBeGreaterThan(0);
    expect(result.hits[0].rankingScore).toBeLessThanOrEqual(1);
    const all = await search.searchNeeds({ query: '', page: 1, pageSize: 10 });
    expect(all.facets).toEqual([
      {
        field: 'focusAreas',
        values: [
          { value: 'DIGITALISATION', count: 1 },
          { value: 'TRANSPORT', count: 1 },
        ],
      },
      {
        field: 'regionCodes',
        values: [
          { value: 'SE110', count: 1 },
          { value: 'SE332', count: 1 },
        ],
      },
      {
        field: 'cpvDivisions',
        values: [
          { value: '34', count: 1 },
          { value: '72', count: 1 },
        ],
      },
      { field: 'readiness', values: [{ value: 'MARKET_READY', count: 2 }] },
    ]);
    const suppliers = await search.searchSuppliers({ query: '', page: 1, pageSize: 10 });
    expect(suppliers.facets.find((f) => f.field === 'companySize')?.values).toEqual([{ value: 'SMALL', count: 1 }]);
  });

  it('pages with an exact total', async () => {
    const second = await search.searchNeeds({ query: '', page: 2, pageSize: 1 });
    expect(second.totalHits).toBe(2);
    expect(second.hits).toHaveLength(1);
  });

  it('removes a need once it is closed and a profile once it is hidden; running the job twice is harmless', async () => {
    await ds.query(`UPDATE needs SET status = 'CLOSED', closed_at = now(), version = version + 1 WHERE id = $1`, [vehicles]);
    await app.get(IndexNeedHandler).handle({ needId: vehicles });
    await app.get(IndexNeedHandler).handle({ needId: vehicles });
    expect(await needIds('elfordon')).toEqual([]);

    await ds.query(`UPDATE supplier_profiles SET discoverable = false, version = version + 1 WHERE id = $1`, [charging]);
    await app.get(IndexSupplierHandler).handle({ supplierId: charging });
    expect(await supplierIds('laddinfrastruktur')).toEqual([]);
  });

  it('indexes a batch in one go: found ones upserted, the rest removed, matching announced at bulk priority', async () => {
    const before = Number((await ds.query(`SELECT count(*) AS n FROM outbox WHERE event_type = 'supplier.indexed'`))[0].n);
    await ds.query(`UPDATE supplier_profiles SET discoverable = true, version = version + 1 WHERE id = $1`, [charging]);
    await app
      .get(IndexSuppliersHandler)
      .handle({ supplierIds: [charging, newId(), 'not-an-id'] }, { ...ctx, priority: JobPriority.Bulk });
    expect(await supplierIds('laddinfrastruktur')).toEqual([charging]);
    const events: { priority: number }[] = await ds.query(
      `SELECT priority FROM outbox WHERE event_type = 'supplier.indexed' ORDER BY id OFFSET $1`,
      [before],
    );
    expect(events).toEqual([{ priority: JobPriority.Bulk }]);

    await app.get(IndexNeedsHandler).handle({ needIds: [software, draft, vehicles] });
    expect(await needIds('lokaler')).toEqual([software]);
    expect(await needIds('parkförvaltningen')).toEqual([]);
  });

  it('rebuilds both indexes from PostgreSQL and swaps them in without leftovers', async () => {
    await ds.query(`UPDATE needs SET status = 'PUBLISHED', version = version + 1 WHERE id = $1`, [vehicles]);
    await ds.query(`UPDATE supplier_profiles SET discoverable = true, version = version + 1 WHERE id = $1`, [charging]);
    const unseen = newId(); // written without an indexing job: only the rebuild can know it
    await insertNeed(unseen, 'PUBLISHED', 'Solceller på skoltak', '09331200-0', 'SE2', 'ENERGY');

    await app.get(ReindexAllHandler).handle({ requestId: 'r1' }, ctx);

    expect(await needIds('elfordon')).toEqual([vehicles]);
    expect(await needIds('solceller')).toEqual([unseen]);
    expect(await needIds('', { regionCodes: ['SE110'] })).toEqual([vehicles]);
    expect(await supplierIds('laddinfrastruktur')).toEqual([charging]);
    const { results } = await meili.client.getRawIndexes({ limit: 1000 });
    expect(
      results
        .map((i) => i.uid)
        .filter((uid) => uid.startsWith(meili.prefix))
        .sort(),
    ).toEqual([meili.needsIndexUid, meili.suppliersIndexUid]);
  });

  it('reconciles drift: restores a lost document, refreshes a stale one and removes an orphan', async () => {
    const needs = meili.client.index(meili.needsIndexUid);
    const orphan = newId();
    await waitForTask(needs.deleteDocument(software));
    await waitForTask(needs.addDocuments([{ id: orphan, title: 'Spökbehov som inte finns', version: 1 }]));
    // Changed in PostgreSQL without an indexing job: the index still has the old title and version.
    await ds.query(`UPDATE needs SET title = 'Eldrivna arbetsmaskiner och bussar', version = version + 1 WHERE id = $1`, [
      vehicles,
    ]);
    expect(await needIds('digital')).toEqual([]);
    expect(await needIds('spökbehov')).toEqual([orphan]);

    const report = await app.get(ReconcileHandler).reconcile();

    expect(report.needs).toEqual({ added: 1, updated: 1, deleted: 1 });
    expect(report.suppliers).toEqual({ added: 0, updated: 0, deleted: 0 });
    expect(await needIds('digital')).toEqual([software]);
    expect(await needIds('spökbehov')).toEqual([]);
    expect(await needIds('bussar')).toEqual([vehicles]);
    // Nothing left to repair.
    expect((await app.get(ReconcileHandler).reconcile()).needs).toEqual({ added: 0, updated: 0, deleted: 0 });
  });
});
