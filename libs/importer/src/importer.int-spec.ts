import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot } from '@navet/core';
import { dataSourceOptions, runMigrations } from '@navet/database';
import { JobPriority } from '@navet/queue';
import { loadReferenceData, ReferenceCatalogue } from '@navet/reference';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { Importer } from './importer';

let services: IsolatedServices;
const catalogue = ReferenceCatalogue.fromFiles();
const demo = (f: string) =>
  readFileSync(join(projectRoot(), 'data/demo', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
let ds: DataSource;
let importer: Importer;

const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await ds.query(sql, params)) as T[];
const count = async (sql: string, params: unknown[] = []): Promise<number> =>
  Number((await rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n);

const profile = (externalId: string, over: object = {}) =>
  JSON.stringify({
    externalId,
    organizationName: `Leverantör ${externalId} AB`,
    organizationNumber: `556${externalId.replace(/\D/g, '').padStart(7, '0')}`,
    headline: 'Sensorer för trygg hemtjänst',
    description: 'Vi levererar sensorer och larm till kommuner.',
    cpvCodes: ['33195000-3'],
    regionCodes: ['SE110'],
    companySize: 'SMALL',
    contactEmail: `kontakt-${externalId}@leverantor.example`,
    ...over,
  });

const need = (externalId: string, over: object = {}) =>
  JSON.stringify({
    externalId,
    buyerName: 'Testby kommun',
    title: `Digitala trygghetslarm ${externalId}`,
    summary: 'Vi söker trygghetslarm.',
    description: 'Kommunen vill modernisera larmkedjan.',
    cpvCodes: ['33195000-3'],
    regionCodes: ['SE110'],
    ...over,
  });

describe('Importer (real PostgreSQL)', () => {
  beforeAll(async () => {
    services = await isolatedServices({ database: 'empty' });
    ds = new DataSource(dataSourceOptions(services.databaseUrl, [], 4));
    await ds.initialize();
    await runMigrations(ds);
    await loadReferenceData(ds, catalogue);
    importer = new Importer(ds, catalogue);
  }, 120_000);

  afterAll(async () => {
    await ds?.destroy();
    await services?.close();
  });

  describe('suppliers', () => {
    const tedLine = demo('ted-suppliers.jsonl')[0]!;
    const file = [
      tedLine, // 1
      profile('p1'), // 2
      '{"organizationName": "Trasig', // 3: invalid JSON
      '', // 4: blank, ignored
      profile('p2', { cpvCodes: ['12345678-0'] }), // 5: unknown CPV code
      profile('p3', { contactEmail: 'not-an-address' }), // 6
      profile('p4'), // 7
      profile('p5', { organizationNumber: '5560000001' }), // 8: same organization as p1
      JSON.stringify({ hello: 'world' }), // 9: unknown format
    ];

    it('imports the good lines, reports each bad line by number and field, and writes nothing for it', async () => {
      const s = await importer.importSuppliers(file, { batchSize: 2 });
      // p4's number (5560000004) fails the Luhn check: imported without it, and counted.
      expect(s).toMatchObject({ kind: 'suppliers', lines: 8, imported: 3, updated: 0, droppedOrganizationNumbers: 1 });
      expect(s.skipped.map((k) => k.line)).toEqual([3, 5, 6, 8, 9]);
      const reason = (line: number) => s.skipped.find((k) => k.line === line)!.reason;
      expect(reason(3)).toMatch(/^invalid JSON/);
      expect(reason(5)).toMatch(/^cpvCodes: /);
      expect(reason(6)).toMatch(/^contactEmail: /);
      expect(reason(6)).not.toContain('not-an-address');
      expect(reason(8)).toMatch(/^organizationNumber: /);
      expect(reason(9)).toMatch(/^unknown format/);

      const stored = await rows<{ id: string; source_ref: string }>(
        `SELECT id, source_ref FROM supplier_profiles WHERE id = ANY($1::uuid[])`,
        [s.ids],
      );
      const refOf = new Map(stored.map((r) => [r.id, r.source_ref]));
      const tedId = (JSON.parse(tedLine) as { supplier_id: string }).supplier_id;
      expect(s.ids.map((id) => refOf.get(id))).toEqual([`ted-supplier:${tedId}`, 'import:p1', 'import:p4']);
      expect(await count('supplier_profiles')).toBe(3);
      expect(await count('organizations')).toBe(3);
      // Stored in the one spelling: p5's "5560000001" met p1's number as the same organization (line 8).
      expect(
        await rows(`SELECT organization_number AS n FROM organizations WHERE name LIKE 'Leverantör p%' ORDER BY name`),
      ).toEqual([{ n: '556000-0001' }, { n: null }]);
      expect(
        await count(`organizations WHERE name LIKE 'Leverantör p2%' OR name LIKE 'Leverantör p3%' OR name LIKE 'Leverantör p5%'`),
      ).toBe(0);
    });

    it('queues one bulk-priority supplier.updated event per imported profile', async () => {
      const events = await rows<{ event_type: string; aggregate_id: string; priority: number }>(
        `SELECT event_type, aggregate_id, priority FROM outbox WHERE event_type = 'supplier.updated'`,
      );
      const ids = await rows<{ id: string }>('SELECT id FROM supplier_profiles');
      expect(events.map((e) => e.aggregate_id).sort()).toEqual(ids.map((r) => r.id).sort());
      expect(events.every((e) => e.priority === JobPriority.Bulk)).toBe(true);
    });

    it('updates on re-import (same externalId) instead of duplicating, bumping the version', async () => {
      const edited = file.map((l) => (l === profile('p1') ? profile('p1', { headline: 'Ny rubrik för p1' }) : l));
      const s = await importer.importSuppliers(edited);
      expect(s).toMatchObject({ imported: 0, updated: 3 });
      expect(await count('supplier_profiles')).toBe(3);
      expect(await count('organizations')).toBe(3);
      const p1 = (
        await rows<{ headline: string; version: number }>(
          `SELECT headline, version FROM supplier_profiles WHERE source_ref = 'import:p1'`,
        )
      )[0]!;
      expect(p1).toEqual({ headline: 'Ny rubrik för p1', version: 2 });
      expect(await count(`outbox WHERE event_type = 'supplier.updated'`)).toBe(6);
    });
  });

  describe('needs', () => {
    const notice = demo('ted-notices.jsonl').find((l) => (JSON.parse(l) as { language: string }).language === 'sv')!;
    const file = [
      need('n1'), // 1
      need('n2', { buyerName: 'TESTBY KOMMUN' }), // 2: same buyer, other case
      need('n3', { title: 'x' }), // 3: title too short
      notice, // 4
      need('n4', { buyerName: 'Annanstad kommun', dialogueDeadline: '2001-01-01' }), // 5: past deadline
    ];

    it('publishes valid needs under verified buyers created once, and skips bad lines without creating their buyers', async () => {
      const s = await importer.importNeeds(file);
      expect(s).toMatchObject({ kind: 'needs', lines: 5, imported: 3, updated: 0 });
      expect(s.skipped.map((k) => [k.line, k.reason.split(':')[0]])).toEqual([
        [3, 'title'],
        [5, 'dialogueDeadline'],
      ]);
      expect(await count(`needs WHERE status = 'PUBLISHED' AND published_at IS NOT NULL`)).toBe(3);
      const buyers = await rows<{ name: string; verified: boolean }>(
        `SELECT name, verified FROM organizations WHERE kind = 'PUBLIC_BUYER' ORDER BY name`,
      );
      expect(buyers.filter((b) => /testby/i.test(b.name))).toEqual([{ name: 'Testby kommun', verified: true }]);
      expect(buyers.some((b) => b.name === 'Annanstad kommun')).toBe(false);
      expect(buyers.every((b) => b.verified)).toBe(true);
      const events = await rows<{ aggregate_id: string; priority: number }>(
        `SELECT aggregate_id, priority FROM outbox WHERE event_type = 'need.published'`,
      );
      expect(events.map((e) => e.aggregate_id).sort()).toEqual([...s.ids].sort());
      expect(events.every((e) => e.priority === JobPriority.Bulk)).toBe(true);
    });

    it('updates on re-import without new buyers or needs, and tells the worker the needs changed', async () => {
      const buyersBefore = await count(`organizations WHERE kind = 'PUBLIC_BUYER'`);
      const s = await importer.importNeeds(file);
      expect(s).toMatchObject({ imported: 0, updated: 3 });
      expect(await count('needs')).toBe(3);
      expect(await count(`organizations WHERE kind = 'PUBLIC_BUYER'`)).toBe(buyersBefore);
      expect(await count(`needs WHERE version = 2`)).toBe(3);
      expect(await count(`outbox WHERE event_type = 'need.updated'`)).toBe(3);
    });

    it('imports a TED notice whose region predates NUTS 2021 under the nearest valid region and counts it', async () => {
      const old = {
        ...(JSON.parse(notice) as object),
        id: 'TED-OLD-NUTS-1',
        region: 'UKD22',
        performance_nuts: [],
        buyer_country: 'GB',
      };
      const s = await importer.importNeeds([JSON.stringify(old), need('n9', { buyerName: 'Nystad kommun' })]);
      expect(s).toMatchObject({ imported: 2, regionsMapped: 1, skipped: [] });
      const stored = await rows<{ region_codes: string[] }>(
        `SELECT region_codes FROM needs WHERE source_ref = 'ted-notice:TED-OLD-NUTS-1'`,
      );
      expect(stored).toEqual([{ region_codes: ['UKD'] }]);
    });

    it('refuses a plain line with a region code that does not exist', async () => {
      const s = await importer.importNeeds([need('n10', { buyerName: 'Okändstad kommun', regionCodes: ['XX999'] })]);
      expect(s.imported).toBe(0);
      expect(s.skipped.map((k) => k.reason.split(':')[0])).toEqual(['regionCodes']);
    });

    it('stores drafts without publishing events when asked to', async () => {
      const s = await importer.importNeeds([need('d1', { buyerName: 'Utkaststad kommun' })], {
        publish: false,
        priority: JobPriority.Interactive,
      });
      expect(s.imported).toBe(1);
      expect((await rows<{ status: string }>('SELECT status FROM needs WHERE id = $1', [s.ids[0]]))[0]!.status).toBe('DRAFT');
      expect(await count('outbox WHERE aggregate_id = $1', [s.ids[0]])).toBe(0);
    });
  });
});
