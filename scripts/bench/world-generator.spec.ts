import { parseNeedLine, parseSupplierLine } from '@navet/importer';
import { ReferenceCatalogue } from '@navet/reference';
import { asJsonLines, needLines, supplierLines } from './world-generator';
import { loadWorldPools } from './world-pools';

const catalogue = ReferenceCatalogue.fromFiles();
const pools = loadWorldPools(catalogue);

describe('synthetic world', () => {
  it('is the same world for the same seed', () => {
    expect([...asJsonLines(supplierLines(pools, 50))]).toEqual([...asJsonLines(supplierLines(pools, 50))]);
    expect([...asJsonLines(needLines(pools, 50))]).toEqual([...asJsonLines(needLines(pools, 50))]);
    expect([...asJsonLines(needLines(pools, 50, 1))]).not.toEqual([...asJsonLines(needLines(pools, 50))]);
  });

  it('produces lines the importer accepts, with unique external ids and organization names', () => {
    const now = new Date();
    const suppliers = [...asJsonLines(supplierLines(pools, 2000))];
    const refused = (parse: () => unknown) => {
      try {
        parse();
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    };
    expect(suppliers.map((line, i) => refused(() => parseSupplierLine(line, i + 1, catalogue, now))).filter(Boolean)).toEqual([]);
    const parsed = suppliers.map((l) => JSON.parse(l) as { externalId: string; organizationName: string });
    expect(new Set(parsed.map((s) => s.externalId)).size).toBe(2000);
    expect(new Set(parsed.map((s) => s.organizationName)).size).toBe(2000);
    const needs = [...asJsonLines(needLines(pools, 1000))];
    expect(needs.map((line, i) => refused(() => parseNeedLine(line, i + 1, catalogue, now))).filter(Boolean)).toEqual([]);
  });

  it('recombines real texts rather than inventing them', () => {
    const realTitles = new Set(pools.needs.map((n) => n.need.title));
    for (const line of asJsonLines(needLines(pools, 200))) {
      const { title } = JSON.parse(line) as { title: string };
      expect([...realTitles].some((t) => title.startsWith(t.replace(/…$/, '')))).toBe(true);
    }
  });
});
