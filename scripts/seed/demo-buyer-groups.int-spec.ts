import { DataSource } from 'typeorm';
import { buyerGroupsOfNeeds, groupMemberOrganizations } from '@navet/buyer-groups';
import { organizationsByIds } from '@navet/identity';
import { readLedger } from '@navet/ledger';
import { readNeeds } from '@navet/needs';
import { cpvSignificant, ReferenceCatalogue } from '@navet/reference';
import { seedDemoBuyerGroup } from './demo-buyer-groups';
import { SeededDatabase, seededDatabase } from './test-support/seeded-database';

let seeded: SeededDatabase;
const catalogue = ReferenceCatalogue.fromFiles();
let ds: DataSource;

describe('seedDemoBuyerGroup (real PostgreSQL)', () => {
  beforeAll(async () => {
    seeded = await seededDatabase(catalogue);
    ds = seeded.ds;
  }, 120_000);

  afterAll(() => seeded?.close());

  it('forms one group of two Swedish municipalities with similar published needs of one CPV class, once', async () => {
    const first = await seedDemoBuyerGroup(ds, catalogue);
    expect(first.skipped).toBe(false);
    expect(first.organizationNames).toHaveLength(2);
    first.organizationNames.forEach((n) => expect(n).toMatch(/kommun|stadsdelsförvaltning/i));
    expect(first.organizationNames).toContain('Demo kommun');
    const needs = await readNeeds(ds, first.needIds);
    expect(needs.every((n) => n.status === 'PUBLISHED')).toBe(true);
    const [a, b] = needs;
    expect(a!.buyerOrganizationId).not.toBe(b!.buyerOrganizationId);
    const classes = (n: typeof a) => new Set(n!.cpvCodes.map((c) => cpvSignificant(c).slice(0, 4)));
    expect([...classes(a)].some((c) => classes(b).has(c))).toBe(true);
    const orgs = await organizationsByIds(
      ds,
      needs.map((n) => n.buyerOrganizationId),
    );
    expect(orgs.every((o) => o.countryCode === 'SE')).toBe(true);

    const groups = await buyerGroupsOfNeeds(ds, first.needIds);
    expect(new Set([...groups.values()].map((g) => g.id))).toEqual(new Set([first.groupId]));
    expect((await groupMemberOrganizations(ds, [a!.id])).get(a!.id)?.sort()).toEqual(
      [a!.buyerOrganizationId, b!.buyerOrganizationId].sort(),
    );
    for (const id of first.needIds) {
      const actions = (await readLedger(ds, id)).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['BUYER_GROUP_PROPOSED', 'BUYER_GROUP_ACCEPTED']));
    }

    expect((await seedDemoBuyerGroup(ds, catalogue)).skipped).toBe(true);
  });
});
