import { cpvDivision, ReferenceCatalogue } from '@navet/reference';
import { MappedNeed, MappedSupplier, needFromTedNotice, supplierProfileFromTed, noticeRefs, readTedData } from '@navet/importer';

/**
 * The real material the synthetic world recombines: every TED notice and supplier of data/demo
 * that maps to a valid need or profile, plus the region distribution those records carry
 * (a list with repeats, so picking from it follows the real frequencies).
 */
export interface WorldPools {
  needs: MappedNeed[];
  suppliers: MappedSupplier[];
  /** Needs by CPV division, to borrow a description sentence from a related need. */
  needsByDivision: Map<string, MappedNeed[]>;
  regionCodes: string[];
  catalogue: ReferenceCatalogue;
}

export function loadWorldPools(catalogue: ReferenceCatalogue = ReferenceCatalogue.fromFiles()): WorldPools {
  const { notices, suppliers } = readTedData();
  const refs = noticeRefs(notices);
  // The importer wants ISO country codes; a few TED records carry something else.
  const country = /^[A-Z]{2}$/;
  const needs = notices
    .map((n) => needFromTedNotice(n, catalogue))
    .filter((n): n is MappedNeed => n !== null && country.test(n.buyer.countryCode));
  const mappedSuppliers = suppliers
    .map((s) => supplierProfileFromTed(s, catalogue, refs))
    .filter((s): s is MappedSupplier => s !== null && country.test(s.organization.countryCode));
  if (needs.length === 0 || mappedSuppliers.length === 0) throw new Error('data/demo yields no needs or suppliers');
  const needsByDivision = new Map<string, MappedNeed[]>();
  for (const n of needs) {
    const division = cpvDivision(n.need.cpvCodes[0]!);
    needsByDivision.set(division, [...(needsByDivision.get(division) ?? []), n]);
  }
  const regionCodes = [...needs.flatMap((n) => n.need.regionCodes), ...mappedSuppliers.flatMap((s) => s.profile.regionCodes)];
  return { needs, suppliers: mappedSuppliers, needsByDivision, regionCodes, catalogue };
}
