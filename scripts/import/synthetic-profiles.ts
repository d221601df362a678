import { unique } from '@navet/core';
import { ReferenceCatalogue } from '@navet/reference';
import { MappedSupplier, supplierProfileFromTed, type TedSupplier } from '@navet/importer';

/** One line of the plain supplier format (docs/import-format.md). */
export interface PlainProfileLine {
  externalId: string;
  organizationName: string;
  organizationNumber: string;
  countryCode: string;
  headline: string;
  description: string;
  offerings: string[];
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: string[];
  companySize: string;
  readiness: string;
  languages: string[];
  discoverable: boolean;
  contactEmail: string;
}

const SUFFIXES = ['Nord', 'Syd', 'Väst', 'Öst', 'Konsult', 'Teknik', 'Partner', 'Labs', 'Group', 'Solutions'];

/**
 * `count` plausible plain-format profiles for load tests, recombined from real TED winners: each
 * takes one winner's text, region and size and mixes in a second winner's CPV codes and offerings.
 */
export function* syntheticProfiles(
  records: readonly TedSupplier[],
  catalogue: ReferenceCatalogue,
  count: number,
): Generator<PlainProfileLine> {
  const mapped = records.map((r) => supplierProfileFromTed(r, catalogue)).filter((m): m is MappedSupplier => m !== null);
  if (mapped.length === 0) throw new Error('no usable TED supplier records');
  for (let i = 0; i < count; i++) {
    const a = mapped[i % mapped.length]!;
    const b = mapped[(i * 7919 + 13) % mapped.length]!;
    const round = Math.floor(i / mapped.length);
    const suffix = round === 0 ? '' : ` ${SUFFIXES[round % SUFFIXES.length]} ${round}`;
    yield {
      externalId: `synthetic-${i}`,
      organizationName: `${a.organization.name}${suffix}`.slice(0, 200),
      organizationNumber: `SYN-${String(i).padStart(7, '0')}`,
      countryCode: a.organization.countryCode,
      headline: a.profile.headline,
      description: `${a.profile.description}\n\n${b.profile.headline}.`.slice(0, 20000),
      offerings: unique([...a.profile.offerings, ...b.profile.offerings]).slice(0, 12),
      cpvCodes: unique([...a.profile.cpvCodes.slice(0, 5), ...b.profile.cpvCodes.slice(0, 3)]),
      regionCodes: a.profile.regionCodes,
      focusAreas: unique([...a.profile.focusAreas, ...b.profile.focusAreas]),
      companySize: a.profile.companySize,
      readiness: i % 3 === 0 ? 'NEEDS_ADAPTATION' : 'MARKET_READY',
      languages: a.profile.languages,
      discoverable: true,
      contactEmail: `kontakt+${i}@synthetic.example`,
    };
  }
}
