import type { NeedVersion } from '@navet/needs';

/**
 * Pure mapping from need versions to OCDS 1.1 releases (planning stage). Conventions, documented in
 * docs/open-data.md: ocid = `<prefix>-<need id>`, release id = `<ocid>-v<version>`, CPV ids without
 * the check digit (as TED and the OCDS EU profile give them), one item per CPV code, delivery regions as
 * NUTS codes on each item (location extension), the estimated value as tender.value in SEK.
 */

/** The location extension adds items' deliveryLocations and deliveryAddresses. */
export const OCDS_EXTENSIONS = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_location_extension/v1.1.5/extension.json',
];

export interface OcdsBuyer {
  id: string;
  name: string;
  countryCode: string;
  organizationNumber: string | null;
}

export interface OcdsLabels {
  /** CPV code with check digit (`34144900-7`) -> label, in the need's language where known. */
  cpv(code: string, language: string): string | null;
  /** NUTS code -> region name. */
  region(code: string): string | null;
}

export interface OcdsValue {
  amount: number;
  currency: 'SEK';
}

export interface OcdsClassification {
  scheme: 'CPV';
  id: string;
  description?: string;
}

export interface OcdsItem {
  id: string;
  description?: string;
  classification: OcdsClassification;
  deliveryLocations: { description?: string; gazetteer: { scheme: 'NUTS'; identifiers: string[] } }[];
  deliveryAddresses: { region: string; countryName?: string }[];
}

export interface OcdsParty {
  id: string;
  name: string;
  identifier?: { scheme: string; id: string; legalName: string };
  roles: ['buyer'];
}

export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: ['planning'] | ['planningUpdate'];
  initiationType: 'tender';
  language: string;
  parties: OcdsParty[];
  buyer: { id: string; name: string };
  planning: { rationale: string };
  tender: {
    id: string;
    title: string;
    description: string;
    status: 'planning' | 'withdrawn';
    items: OcdsItem[];
    value?: OcdsValue;
    enquiryPeriod?: { startDate?: string; endDate?: string };
  };
}

export const ocidOf = (prefix: string, needId: string): string => `${prefix}-${needId}`;

/** The OCDS id of a CPV code: its eight digits, without the check digit. */
export const ocdsCpvId = (code: string): string => code.replace(/-\d$/, '');

const COUNTRY_NAMES: Record<string, string> = { SE: 'Sweden' };

/** Swedish organization numbers are identified with org-id.guide's SE-BLV (Bolagsverket) list. */
function identifier(b: OcdsBuyer): OcdsParty['identifier'] {
  if (b.countryCode !== 'SE' || !b.organizationNumber) return undefined;
  const id = b.organizationNumber.replace(/\D/g, '');
  return id.length === 10 ? { scheme: 'SE-BLV', id, legalName: b.name } : undefined;
}

const party = (b: OcdsBuyer): OcdsParty => {
  const id = identifier(b);
  return { id: b.id, name: b.name, ...(id ? { identifier: id } : {}), roles: ['buyer'] };
};

/**
 * One release for one need version. `buyers` lists the buyer organizations, the lead (the need's owner,
 * or a buyer group's proposer) first: all appear as parties with role buyer, the lead as `buyer`.
 */
export function toOcdsRelease(v: NeedVersion, buyers: readonly OcdsBuyer[], labels: OcdsLabels, prefix: string): OcdsRelease {
  const lead = buyers[0];
  if (!lead) throw new Error(`need ${v.needId}: a release needs at least one buyer`);
  const ocid = ocidOf(prefix, v.needId);
  const locations = v.regionCodes.map((code) => {
    const name = labels.region(code);
    return { ...(name ? { description: name } : {}), gazetteer: { scheme: 'NUTS' as const, identifiers: [code] } };
  });
  const addresses = v.regionCodes.map((code) => {
    const country = COUNTRY_NAMES[code.slice(0, 2)];
    return { region: code, ...(country ? { countryName: country } : {}) };
  });
  const items = v.cpvCodes.map((code, i): OcdsItem => {
    const label = labels.cpv(code, v.language);
    return {
      id: String(i + 1),
      ...(label ? { description: label } : {}),
      classification: { scheme: 'CPV', id: ocdsCpvId(code), ...(label ? { description: label } : {}) },
      deliveryLocations: locations,
      deliveryAddresses: addresses,
    };
  });
  const enquiryEnd = v.dialogueDeadline ?? v.closedAt;
  const enquiryPeriod = {
    ...(v.publishedAt ? { startDate: v.publishedAt.toISOString() } : {}),
    ...(enquiryEnd ? { endDate: enquiryEnd.toISOString() } : {}),
  };
  return {
    ocid,
    id: `${ocid}-v${v.version}`,
    date: v.releasedAt.toISOString(),
    tag: v.first ? ['planning'] : ['planningUpdate'],
    initiationType: 'tender',
    language: v.language,
    parties: uniqueBuyers(buyers).map(party),
    buyer: { id: lead.id, name: lead.name },
    planning: { rationale: v.description },
    tender: {
      id: v.needId,
      title: v.title,
      description: v.summary,
      // Open for dialogue = a future process being considered (planning); closed = no longer active here.
      status: v.status === 'PUBLISHED' ? 'planning' : 'withdrawn',
      items,
      ...(v.estimatedValueSek !== null ? { value: { amount: v.estimatedValueSek, currency: 'SEK' as const } } : {}),
      ...(Object.keys(enquiryPeriod).length ? { enquiryPeriod } : {}),
    },
  };
}

function uniqueBuyers(buyers: readonly OcdsBuyer[]): OcdsBuyer[] {
  const byId = new Map<string, OcdsBuyer>();
  for (const b of buyers) if (!byId.has(b.id)) byId.set(b.id, b);
  return [...byId.values()];
}

export interface OcdsReleasePackage {
  uri: string;
  version: '1.1';
  extensions: string[];
  publishedDate: string;
  publisher: { name: string; uri: string };
  releases: OcdsRelease[];
  links?: { next: string };
}

/**
 * The package around a page of releases. `publishedDate` is the newest release's date (the package is
 * generated on demand, so OCDS asks for the last change of its contents), or `now` for an empty page.
 */
export function toReleasePackage(
  releases: OcdsRelease[],
  p: { uri: string; publisherUri: string; next: string | null; now: Date },
): OcdsReleasePackage {
  const newest = releases.reduce<string | null>((max, r) => (max === null || r.date > max ? r.date : max), null);
  return {
    uri: p.uri,
    version: '1.1',
    extensions: OCDS_EXTENSIONS,
    publishedDate: newest ?? p.now.toISOString(),
    publisher: { name: 'Navet', uri: p.publisherUri },
    releases,
    ...(p.next ? { links: { next: p.next } } : {}),
  };
}
