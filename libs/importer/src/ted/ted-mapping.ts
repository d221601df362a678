import { isLanguageCode, unique } from '@navet/core';
import type { NeedFields } from '@navet/needs';
import type { ProfileFields, SupplierReference } from '@navet/suppliers';
import { CompanySize, ReferenceCatalogue } from '@navet/reference';
import { organizationNumberFields } from '../organization-number-input';
import { focusAreasForCpv } from './focus-areas';
import { firstSentences, listJoin, lowerFirst, slugify, squash, stableHash, tidyTown, truncate } from './seed-text';
import { NoticeRef, TedNotice, TedSupplier } from './ted-records';

export { focusAreasForCpv } from './focus-areas';

/** The validation limits of needs (libs/needs NEED_LIMITS) and the bounds the seed keeps for profiles. */
export const SEED_LIMITS = {
  title: 200,
  summary: 500,
  description: 20000,
  outcomes: 10,
  outcome: 300,
  headline: 200,
  offerings: 8,
  cpvCodes: 20,
  regionCodes: 20,
  references: 10,
  referenceTitle: 200,
  customer: 200,
} as const;

export interface SeedOrganization {
  name: string;
  countryCode: string;
  organizationNumber: string | null;
  /** The source had a number, but not a valid one for the country: stored as null, counted by the import. */
  organizationNumberDropped?: true;
  regionCode: string | null;
}

/** A TED notice as a need: validated fields plus when it was published (the lifecycle decides its state). */
export type SeedNeed = NeedFields & { publishedAt: Date; sourceRef: string };

/** A TED award winner as a capability profile. */
export type SeedProfile = ProfileFields & { sourceRef: string };

export interface MappedNeed {
  buyer: SeedOrganization;
  need: SeedNeed;
  /** The record named a region code that is not in NUTS 2021 (older NUTS, ISO "GB"/"GR"): an ancestor or the country was kept. */
  regionsMapped: boolean;
}

export interface MappedSupplier {
  organization: SeedOrganization;
  profile: SeedProfile;
  /** As MappedNeed.regionsMapped. */
  regionsMapped: boolean;
}

/** Existing CPV codes only, normalised to "12345678-9", first occurrence kept. */
function validCpv(codes: readonly string[], catalogue: ReferenceCatalogue): string[] {
  return unique(codes.map((c) => catalogue.cpv(c)?.code).filter((c): c is string => c !== undefined));
}

interface RegionChoice {
  codes: string[];
  /** Some given code did not exist as written: it was replaced by its nearest existing ancestor, or dropped. */
  mapped: boolean;
}

/** Existing NUTS codes; codes older records carry (NUTS 2016, ISO country codes) map to their nearest existing ancestor. */
function validRegions(codes: readonly (string | null | undefined)[], catalogue: ReferenceCatalogue): RegionChoice {
  const resolved = codes.filter((c): c is string => !!c?.trim()).map((c) => catalogue.resolveRegion(c));
  const kept = resolved.filter((r) => r !== undefined).map((r) => r.code);
  return { codes: unique(kept).slice(0, SEED_LIMITS.regionCodes), mapped: resolved.some((r) => !r || r.mapped) };
}

/** The first of the candidate lists that yields a region; `mapped` when any list tried on the way was changed. */
function firstRegions(lists: readonly (readonly (string | null | undefined)[])[], catalogue: ReferenceCatalogue): RegionChoice {
  let mapped = false;
  for (const list of lists) {
    const choice = validRegions(list, catalogue);
    mapped ||= choice.mapped;
    if (choice.codes.length > 0) return { codes: choice.codes, mapped };
  }
  return { codes: [], mapped };
}

// ------------------------------------------------------------------------------------- needs

/** Notices that report a result or a change describe no open need. */
const RESULT_TYPES = new Set(['contract_award', 'concession_award', 'veat', 'design_contest_result']);
const CHANGE_TYPES = new Set(['modification', 'corrigendum']);

interface NoticeText {
  language: 'sv' | 'en';
  title: string;
  description: string;
  original: boolean;
}

/** Swedish or English text: the notice's own, else its English translation. */
function noticeText(n: TedNotice): NoticeText | null {
  if ((n.language === 'sv' || n.language === 'en') && squash(n.title)) {
    return {
      language: n.language,
      title: squash(n.title),
      description: squash(n.description) || squash(n.title),
      original: true,
    };
  }
  const title = squash(n.title_en);
  if (!title) return null;
  return { language: 'en', title, description: squash(n.description_en) || title, original: false };
}

/** The notice description plus lot texts that add something (lots are in the original language). */
function needDescription(n: TedNotice, text: NoticeText): string {
  const parts = [text.description];
  if (text.original) {
    for (const lot of n.lots ?? []) {
      const d = squash(lot.description);
      const t = squash(lot.title);
      if (!d || parts.some((p) => p.includes(d))) continue;
      parts.push(t && !d.startsWith(t) ? `${t}: ${d}` : d);
    }
  }
  return truncate(parts.join('\n\n'), SEED_LIMITS.description);
}

/** A published need from a TED notice, or null when it has no Swedish/English text or no valid CPV code. */
export function needFromTedNotice(n: TedNotice, catalogue: ReferenceCatalogue): MappedNeed | null {
  const text = noticeText(n);
  const cpvCodes = validCpv(n.cpv ?? [], catalogue).slice(0, SEED_LIMITS.cpvCodes);
  const country = (n.buyer_country ?? '').trim().toUpperCase();
  const buyerName = squash(n.buyer);
  const publishedAt = new Date(`${n.date ?? ''}T09:00:00Z`);
  if (!text || text.title.length < 3 || cpvCodes.length === 0 || !buyerName || !country || Number.isNaN(publishedAt.getTime()))
    return null;

  const regions = firstRegions([[n.region], n.performance_nuts ?? [], [country]], catalogue);
  const regionCodes = regions.codes;
  if (regionCodes.length === 0) return null;

  const description = needDescription(n, text);
  return {
    buyer: {
      name: truncate(buyerName, 200),
      countryCode: country,
      // TED national ids are often not valid numbers: those are stored as null, not refused.
      ...organizationNumberFields(country, squash(n.buyer_national_id)),
      regionCode: validRegions([n.region], catalogue).codes[0] ?? null,
    },
    need: {
      title: truncate(text.title, SEED_LIMITS.title),
      summary: firstSentences(text.description, 2, SEED_LIMITS.summary),
      description,
      desiredOutcomes: [],
      language: text.language,
      cpvCodes,
      regionCodes,
      focusAreas: focusAreasForCpv(cpvCodes),
      readiness: 'NEEDS_ADAPTATION',
      estimatedValueSek: null,
      dialogueDeadline: null,
      publishedAt,
      sourceRef: `ted-notice:${n.id}`,
    },
    regionsMapped: regions.mapped,
  };
}

/**
 * The notices to publish as needs: calls and prior information first (they describe open needs),
 * newest first, one per buyer and title; awarded notices only if fewer than `min` remain.
 */
export function needsFromTedNotices(
  notices: readonly TedNotice[],
  catalogue: ReferenceCatalogue,
  { min = 300, max = 500 }: { min?: number; max?: number } = {},
): MappedNeed[] {
  const byDateDesc = [...notices].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  const open = byDateDesc.filter(
    (n) => !n.has_award && !RESULT_TYPES.has(n.notice_type ?? '') && !CHANGE_TYPES.has(n.notice_type ?? ''),
  );
  const openIds = new Set(open.map((n) => n.id));
  const rest = byDateDesc.filter((n) => !openIds.has(n.id) && !CHANGE_TYPES.has(n.notice_type ?? ''));
  const seen = new Set<string>();
  const out: MappedNeed[] = [];
  const take = (list: readonly TedNotice[], limit: number) => {
    for (const n of list) {
      if (out.length >= limit) return;
      const mapped = needFromTedNotice(n, catalogue);
      if (!mapped) continue;
      const key = `${mapped.buyer.countryCode}|${mapped.buyer.name}|${mapped.need.title}`.toLocaleLowerCase('sv');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(mapped);
    }
  };
  take(open, max);
  if (out.length < min) take(rest, min);
  return out;
}

// ---------------------------------------------------------------------------------- suppliers

/** Deterministic and plausible: frequent winners are larger; one-off winners spread over all sizes. */
export function companySizeFor(supplierId: string, awards: number): CompanySize {
  const h = stableHash(supplierId) % 100;
  if (awards >= 5) return 'LARGE';
  if (awards >= 3) return h < 50 ? 'LARGE' : 'MEDIUM';
  if (awards === 2) return h < 50 ? 'MEDIUM' : 'SMALL';
  return h < 25 ? 'MICRO' : h < 60 ? 'SMALL' : h < 85 ? 'MEDIUM' : 'LARGE';
}

/** The language the supplier mostly wins contracts in, when Navet has labels for it; else English. */
function workingLanguage(languages: Record<string, number>): 'sv' | 'en' {
  const top = Object.entries(languages).sort(([, a], [, b]) => b - a)[0]?.[0];
  return top === 'sv' ? 'sv' : 'en';
}

function supplierDescription(r: TedSupplier, labels: string[], place: string, lang: 'sv' | 'en'): string {
  const titles = r.won_notices.slice(0, 5).map((w) => (lang === 'sv' ? `”${squash(w.title)}”` : `“${squash(w.title)}”`));
  const years = Object.keys(r.years).sort();
  const period = years.length === 0 ? '' : years.length === 1 ? ` (${years[0]})` : ` (${years[0]}–${years[years.length - 1]})`;
  const what = listJoin(labels.slice(0, 6).map(lowerFirst), lang);
  const text =
    lang === 'sv'
      ? `${r.name} (${place}) levererar ${what} till offentliga beställare. ` +
        `${r.n_awards} ${r.n_awards === 1 ? 'tilldelat kontrakt' : 'tilldelade kontrakt'} i offentliga upphandlingar på TED${period}, bland annat: ${titles.join('; ')}.`
      : `${r.name} (${place}) supplies ${what} to public buyers. ` +
        `Awarded ${r.n_awards} public ${r.n_awards === 1 ? 'contract' : 'contracts'} on TED${period}, including: ${titles.join('; ')}.`;
  return truncate(text, SEED_LIMITS.description);
}

/** A discoverable supplier profile from an aggregated TED winner, or null without a valid CPV code. */
export function supplierProfileFromTed(
  r: TedSupplier,
  catalogue: ReferenceCatalogue,
  notices: ReadonlyMap<string, NoticeRef> = new Map(),
): MappedSupplier | null {
  const ranked = [...r.cpv].sort((a, b) => b.count - a.count);
  const cpvCodes = validCpv(
    ranked.map((c) => c.code),
    catalogue,
  ).slice(0, SEED_LIMITS.cpvCodes);
  const country = (r.country ?? '').trim().toUpperCase();
  const name = squash(r.name);
  if (cpvCodes.length === 0 || !name) return null;
  const regions = firstRegions([[r.nuts], [country]], catalogue);
  const regionCodes = regions.codes;
  if (regionCodes.length === 0) return null;

  const lang = workingLanguage(r.languages);
  const labels = unique(cpvCodes.map((c) => catalogue.cpv(c)!).map((e) => (lang === 'sv' ? e.labelSv : e.labelEn)));
  const town = tidyTown(r.town);
  const place = town ? `${town}, ${country}` : country;
  const singleYear = Object.keys(r.years).length === 1 ? Number(Object.keys(r.years)[0]) : null;
  const references: SupplierReference[] = r.won_notices.slice(0, SEED_LIMITS.references).map((w) => {
    const ref = notices.get(w.notice);
    return {
      title: truncate(squash(w.title) || w.notice, SEED_LIMITS.referenceTitle),
      customer: truncate(squash(ref?.buyer) || (lang === 'sv' ? 'Offentlig beställare' : 'Public buyer'), SEED_LIMITS.customer),
      year: ref?.year ?? singleYear,
      description: null,
    };
  });
  const languages = Object.entries(r.languages)
    .sort(([, a], [, b]) => b - a)
    .map(([l]) => l.toLowerCase())
    .filter(isLanguageCode);

  return {
    organization: {
      name: truncate(name, 200),
      countryCode: country,
      ...organizationNumberFields(country, squash(r.national_id)),
      regionCode: regionCodes[0]!.length > 2 ? regionCodes[0]! : null,
    },
    profile: {
      headline: truncate(`${labels[0]} — ${town ?? country}`, SEED_LIMITS.headline),
      description: supplierDescription(r, labels, place, lang),
      offerings: labels.slice(0, SEED_LIMITS.offerings).map((l) => truncate(l, 200)),
      cpvCodes,
      regionCodes,
      focusAreas: focusAreasForCpv(cpvCodes),
      companySize: companySizeFor(r.supplier_id, r.n_awards),
      readiness: 'MARKET_READY',
      references,
      languages: languages.length > 0 ? languages : [lang],
      contactEmail: `kontakt@${slugify(name, r.supplier_id)}.example`,
      discoverable: true,
      sourceRef: `ted-supplier:${r.supplier_id}`,
    },
    regionsMapped: regions.mapped,
  };
}
