import { cpvDivision, SOLUTION_READINESS } from '@navet/reference';
import { firstSentences, truncate } from '@navet/importer';
import { Prng } from './prng';
import type { WorldPools } from './world-pools';

/** A plain supplier line as the importer reads it (see libs/importer). */
export interface SupplierLine {
  organizationName: string;
  countryCode: string;
  externalId: string;
  headline: string;
  description: string;
  offerings: string[];
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: string[];
  companySize: string;
  readiness: string;
  references: { title: string; customer: string; year: number | null }[];
  languages: string[];
  discoverable: boolean;
  contactEmail: string;
}

/** A plain need line as the importer reads it. */
export interface NeedLine {
  buyerName: string;
  buyerOrganizationNumber?: string;
  buyerCountryCode: string;
  externalId: string;
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  language: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: string[];
  readiness: string;
  estimatedValueSek?: number;
}

const ORG_NUMBER = /^[\p{L}\d][\p{L}\d ./-]{0,48}$/u;

export const DEFAULT_SEED = 20_251_120;

/** The text after the dash of a seed headline ("Laddboxar — Solna" -> "Solna"). */
const headlinePlace = (headline: string): string | null => headline.split(' — ')[1] ?? null;

/**
 * `count` supplier lines, deterministic for a seed: each one a real TED supplier, with its place,
 * offerings or regions sometimes swapped with another real supplier's, under a unique name.
 */
export function* supplierLines(pools: WorldPools, count: number, seed = DEFAULT_SEED): Generator<SupplierLine> {
  const rnd = new Prng(seed);
  const names = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const base = rnd.pick(pools.suppliers);
    const other = rnd.pick(pools.suppliers);
    const p = base.profile;
    const seen = names.get(base.organization.name) ?? 0;
    names.set(base.organization.name, seen + 1);
    const place = headlinePlace(other.profile.headline);
    const headline = rnd.chance(0.5) && place ? truncate(`${p.headline.split(' — ')[0]} — ${place}`, 200) : p.headline;
    const offerings = [...new Set([...p.offerings, ...(rnd.chance(0.4) ? other.profile.offerings.slice(0, 1) : [])])];
    yield {
      organizationName:
        seen === 0 ? base.organization.name : truncate(`${base.organization.name} ${place ?? 'Filial'} ${seen}`, 200),
      countryCode: base.organization.countryCode,
      externalId: `bench-supplier-${i}`,
      headline,
      description: p.description,
      offerings: offerings.slice(0, 8),
      cpvCodes: p.cpvCodes,
      regionCodes: rnd.chance(0.3) ? [rnd.pick(pools.regionCodes)] : p.regionCodes,
      focusAreas: p.focusAreas,
      companySize: p.companySize,
      readiness: rnd.chance(0.8) ? p.readiness : rnd.pick(SOLUTION_READINESS),
      // The API takes reference titles up to 200 characters; the seed keeps up to 300.
      references: p.references.map((r) => ({ title: truncate(r.title, 200), customer: r.customer, year: r.year })),
      languages: p.languages,
      discoverable: !rnd.chance(0.02),
      contactEmail: `kontakt@bench-supplier-${i}.example`,
    };
  }
}

/**
 * `count` need lines: a real notice's title, CPV codes and buyer, often with a sentence from a
 * related notice (same CPV division), another real region or another real buyer.
 */
export function* needLines(pools: WorldPools, count: number, seed = DEFAULT_SEED + 1): Generator<NeedLine> {
  const rnd = new Prng(seed);
  for (let i = 0; i < count; i++) {
    const base = rnd.pick(pools.needs);
    const n = base.need;
    const buyer = rnd.chance(0.7) ? base.buyer : rnd.pick(pools.needs).buyer;
    const related = pools.needsByDivision.get(cpvDivision(n.cpvCodes[0]!)) ?? [base];
    const borrowed = rnd.chance(0.5) ? firstSentences(rnd.pick(related).need.description, 1, 400) : '';
    const regionCodes = rnd.chance(0.7) ? n.regionCodes : [rnd.pick(pools.regionCodes)];
    const regionName = pools.catalogue.region(regionCodes[0]!)?.name;
    const title =
      rnd.chance(0.4) && regionName && regionName !== regionCodes[0] ? truncate(`${n.title}, ${regionName}`, 200) : n.title;
    const description = borrowed && !n.description.includes(borrowed) ? `${n.description}\n\n${borrowed}` : n.description;
    yield {
      buyerName: buyer.name,
      // Some TED buyer ids are free text (lists, addresses); only identifier-like ones are passed on.
      ...(buyer.organizationNumber && ORG_NUMBER.test(buyer.organizationNumber)
        ? { buyerOrganizationNumber: buyer.organizationNumber }
        : {}),
      buyerCountryCode: buyer.countryCode,
      externalId: `bench-need-${i}`,
      title,
      summary: n.summary || truncate(n.title, 500),
      description: truncate(description, 20_000),
      desiredOutcomes: n.desiredOutcomes,
      language: n.language,
      cpvCodes: n.cpvCodes,
      regionCodes,
      focusAreas: n.focusAreas,
      readiness: rnd.pick(SOLUTION_READINESS),
      ...(rnd.chance(0.4) ? { estimatedValueSek: (1 + rnd.int(200)) * 100_000 } : {}),
    };
  }
}

/** JSON lines for the importer. */
export function* asJsonLines<T>(items: Iterable<T>): Generator<string> {
  for (const item of items) yield JSON.stringify(item);
}
