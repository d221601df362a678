import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxModule } from '@navet/outbox';
import { newId } from '@navet/core';
import { JobPriority } from '@navet/queue';
import { FocusArea, ReferenceModule } from '@navet/reference';
import {
  createModuleTestEnv,
  insertNeed,
  insertOrganization,
  insertSupplierProfile,
  ModuleTestEnv,
  NeedOverrides,
} from '@navet/testing';
import { MeiliClient } from '../client/meili-client.service';
import { waitForTask } from '../client/meili-task';
import { NeedSearchFilter, SupplierSearchFilter } from '../filters/search-filters';
import { SearchService } from '../queries/search.service';
import { SEARCH_JOB_HANDLERS, SearchIndexingModule } from '../search-indexing.module';
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

let env: ModuleTestEnv;
let app: INestApplicationContext;
let ds: DataSource;
let meili: MeiliClient;
let search: SearchService;

const need = (id: string, status: NeedOverrides['status'], title: string, cpv: string, region: string, focus: FocusArea) =>
  insertNeed(ds, buyerId, {
    id,
    status,
    title,
    desiredOutcomes: ['Lägre utsläpp'],
    cpvCodes: [cpv],
    regionCodes: [region],
    focusAreas: [focus],
  });

const needIds = async (query: string, filter?: NeedSearchFilter): Promise<string[]> =>
  (await search.searchNeeds({ query, filter, page: 1, pageSize: 50 })).hits.map((h) => h.id).sort();
const supplierIds = async (query: string, filter?: SupplierSearchFilter): Promise<string[]> =>
  (await search.searchSuppliers({ query, filter, page: 1, pageSize: 50 })).hits.map((h) => h.id);

beforeAll(async () => {
  env = await createModuleTestEnv([ReferenceModule, OutboxModule, SearchIndexingModule]);
  ({ app, ds } = env);
  meili = app.get(MeiliClient);
  search = app.get(SearchService);

  await insertOrganization(ds, { id: buyerId, name: 'Stockholms stad', kind: 'PUBLIC_BUYER', verified: false });
  await insertOrganization(ds, { id: supplierOrgId, name: 'Laddbolaget AB', kind: 'SUPPLIER', verified: false });
  await need(vehicles, 'PUBLISHED', 'Eldrivna arbetsmaskiner för parkförvaltningen', '34144900-7', 'SE110', 'TRANSPORT');
  await need(software, 'PUBLISHED', 'Digital bokning av lokaler', '72000000-5', 'SE332', 'DIGITALISATION');
  await need(draft, 'DRAFT', 'Hemligt utkast om parkförvaltningen', '34144900-7', 'SE110', 'TRANSPORT');
  await insertSupplierProfile(ds, supplierOrgId, {
    id: charging,
    headline: 'Laddinfrastruktur för kommuner',
    description: 'Vi bygger och driver laddplatser',
    offerings: ['Laddboxar'],
    cpvCodes: ['31158100-9'],
    regionCodes: ['SE'],
    focusAreas: ['ENERGY'],
    references: [{ title: 'Laddplatser', customer: 'Umeå kommun', year: 2023, description: null }],
    contactEmail: 'kontakt@laddbolaget.se',
  });

  const needs = app.get(IndexNeedHandler);
  for (const needId of [vehicles, software, draft]) await needs.handle({ needId });
  await app.get(IndexSupplierHandler).handle({ supplierId: charging });
});

afterAll(async () => {
  await env?.close();
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
    await need(unseen, 'PUBLISHED', 'Solceller på skoltak', '09331200-0', 'SE2', 'ENERGY');

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
