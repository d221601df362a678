import { cpvDigits, cpvDivision, nutsPrefixes, ReferenceCatalogue } from '@navet/reference';

/** Classification fields shared by need and supplier documents (filters and facets run on these). */
export interface ClassificationFields {
  cpvCodes: string[];
  /** Every leading-digit prefix (2..8) of every code: filter "34" or "3414" finds 34144900-7. */
  cpvPrefixes: string[];
  cpvDivisions: string[];
  /** Labels of the codes and of their ancestors, so "elfordon" finds a need coded 34144900-7. */
  cpvLabelsSv: string[];
  cpvLabelsEn: string[];
  regionCodes: string[];
  /** Every NUTS prefix of every region: a need in SE110 is found by a filter on SE1. */
  regionPrefixes: string[];
}

const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/**
 * Literal leading digits (not only the significant ones from cpvPrefixes()), so a filter on a
 * full code such as "34100000" finds documents coded exactly 34100000-8 too.
 */
export function cpvLeadingPrefixes(code: string): string[] {
  const digits = cpvDigits(code);
  const out: string[] = [];
  for (let n = 2; n <= digits.length; n++) out.push(digits.slice(0, n));
  return out;
}

export function classificationFields(
  cpvCodes: readonly string[],
  regionCodes: readonly string[],
  catalogue: ReferenceCatalogue,
): ClassificationFields {
  const labels = catalogue.cpvLabels(cpvCodes, true);
  return {
    cpvCodes: [...cpvCodes],
    cpvPrefixes: sortedUnique(cpvCodes.flatMap(cpvLeadingPrefixes)),
    cpvDivisions: sortedUnique(cpvCodes.map(cpvDivision)),
    cpvLabelsSv: labels.sv,
    cpvLabelsEn: labels.en,
    regionCodes: [...regionCodes],
    regionPrefixes: sortedUnique(regionCodes.flatMap(nutsPrefixes)),
  };
}
