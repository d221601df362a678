import { createHash } from 'node:crypto';
import type { ReferenceCatalogue } from '@navet/reference';
import type { EvalNotice } from './notices';
import type { TrainSupplier } from './protocol';

/** The catalogue lookups profile building needs (tests pass the real catalogue). */
export type EvalCatalogue = Pick<ReferenceCatalogue, 'cpv' | 'region' | 'resolveRegion'>;

/** Bounds of the supplier profile validation (libs/suppliers validateProfile). */
export const PROFILE_LIMITS = {
  headline: 200,
  description: 20_000,
  offerings: 30,
  offering: 200,
  cpvCodes: 50,
  /** Importer limits on the organization number and the external id. */
  organizationNumber: 50,
  externalId: 200,
} as const;

/** The protocol identity, or a digest of it when it is longer than the importer accepts (long names). */
export function externalIdFor(identity: string): string {
  if (identity.length <= PROFILE_LIMITS.externalId) return identity;
  return `sha1:${createHash('sha1').update(identity, 'utf8').digest('hex')}`;
}

/** One line of the importer's plain supplier format. */
export interface PlainSupplierLine {
  organizationName: string;
  organizationNumber?: string;
  countryCode: string;
  externalId: string;
  headline: string;
  description: string;
  offerings: string[];
  cpvCodes: string[];
  regionCodes: string[];
  companySize: 'MEDIUM';
  languages: string[];
  discoverable: true;
  contactEmail: string;
}

/** One line of text: control characters and runs of white space become one space. */
export function squash(s: string | null | undefined): string {
  return (
    (s ?? '')
      // eslint-disable-next-line no-control-regex -- control characters are refused by profile validation
      .replace(/[\u0000-\u001F\u007F]+/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** At most `max` characters (code points), never splitting a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const chars = [...s];
  let out = '';
  for (const c of chars) {
    if (out.length + c.length > max) break;
    out += c;
  }
  return out.trimEnd();
}

/** Existing CPV codes in canonical form, most frequent first (first seen among equals). */
export function rankedCpvCodes(notices: readonly EvalNotice[], catalogue: EvalCatalogue): string[] {
  const counts = new Map<string, number>();
  for (const n of notices) {
    for (const raw of new Set(n.cpv ?? [])) {
      const code = catalogue.cpv(raw)?.code;
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  // Map iteration keeps insertion order, and the sort is stable: equals stay in first-seen order.
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, c] of counts) if (best === null || c > counts.get(best)!) best = v;
  return best;
}

/** NUTS of the supplier's address (its most frequent valid one), else its country code. */
export function supplierRegion(s: TrainSupplier, catalogue: EvalCatalogue): string[] {
  // Older NUTS codes and ISO country codes (GB, GR) map to the nearest region of NUTS 2021.
  const valid = (code: string | null | undefined): string | null => catalogue.resolveRegion(code)?.code ?? null;
  const nuts = s.details.map((d) => valid(d.nuts)).filter((c): c is string => c !== null);
  const best = mostFrequent(nuts) ?? mostFrequent(s.details.map((d) => valid(d.country)).filter((c): c is string => c !== null));
  return best ? [best] : [];
}

/** The capability text of a profile: each train award's title and description. */
export function capabilityText(awards: readonly EvalNotice[]): string {
  const parts = awards.map((n) => [squash(n.title), squash(n.description)].filter(Boolean).join('\n'));
  return truncate(parts.filter(Boolean).join('\n\n'), PROFILE_LIMITS.description);
}

const isLanguage = (l: string): boolean => /^[a-z]{2}$/.test(l);

/**
 * A train profile in the importer's plain format (protocol step 4): CPV codes are the union over its
 * train awards (most frequent first, capped at the profile limit of 50), the text is its awards'
 * titles and descriptions, the region is its address NUTS. The caller keeps the identity: the
 * external id is a digest of it when it is too long.
 */
export function profileLine(s: TrainSupplier, catalogue: EvalCatalogue): PlainSupplierLine {
  const cpvCodes = rankedCpvCodes(s.awards, catalogue).slice(0, PROFILE_LIMITS.cpvCodes);
  const languages = [...new Set(s.awards.map((n) => (n.language ?? '').trim().toLowerCase()).filter(isLanguage))];
  const titles = [...new Set(s.awards.map((n) => truncate(squash(n.title), PROFILE_LIMITS.offering)).filter(Boolean))];
  const top = cpvCodes[0] ? catalogue.cpv(cpvCodes[0]) : undefined;
  const label = top ? (mostFrequent(languages) === 'sv' ? top.labelSv : top.labelEn) : '';
  let headline = truncate(squash(label || titles[0]), PROFILE_LIMITS.headline);
  if (headline.length < 3) headline = 'Public contracts';
  const first = s.details[0]!;
  const name = mostFrequent(s.details.map((d) => squash(d.name)).filter(Boolean)) ?? s.identity;
  const nationalId = (first.national_id ?? '').replace(/\s+/gu, '');
  const hash = createHash('sha1').update(s.identity, 'utf8').digest('hex').slice(0, 16);
  return {
    organizationName: truncate(name, 200),
    // A "national id" longer than any real one is noise in the notice; the identity still keeps it.
    ...(nationalId && nationalId.length <= PROFILE_LIMITS.organizationNumber ? { organizationNumber: nationalId } : {}),
    countryCode: (first.country ?? '').trim().toUpperCase(),
    externalId: externalIdFor(s.identity),
    headline,
    description: capabilityText(s.awards) || headline,
    offerings: titles.slice(0, PROFILE_LIMITS.offerings),
    cpvCodes,
    regionCodes: supplierRegion(s, catalogue),
    companySize: 'MEDIUM',
    languages,
    discoverable: true,
    contactEmail: `eval+${hash}@example.invalid`,
  };
}
