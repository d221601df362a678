import { badInput, requireText } from '@navet/core';
import { ReferenceCatalogue } from '@navet/reference';
import { ProfileFields, UpsertProfileInput, validateProfile } from '@navet/suppliers';
import { supplierProfileFromTed } from './ted/ted-mapping';
import type { TedSupplier } from './ted/ted-records';
import type { OrganizationInput } from './import-types';
import { organizationNumberFields } from './organization-number-input';
import {
  countryCode,
  JsonObject,
  optBoolean,
  optIdentifier,
  optNumber,
  optObjectList,
  optString,
  optStringList,
  organizationRegion,
  parseJsonObject,
  rejectUnknownFields,
  reqString,
} from './json-fields';
import { LineError } from './line-error';

/** A validated supplier line, ready to write. */
export interface ParsedSupplierLine {
  line: number;
  format: 'ted' | 'plain';
  organization: OrganizationInput;
  fields: ProfileFields;
  /** `ted-supplier:<id>` or `import:<externalId>`; null = always a new profile. */
  sourceRef: string | null;
  /** A TED record's region code predated NUTS 2021 (or was an ISO country code) and was mapped; counted in the summary. */
  regionsMapped: boolean;
}

export type SupplierFormat = 'ted' | 'plain';

const PLAIN_SUPPLIER_FIELDS = new Set([
  'externalId',
  'organizationName',
  'organizationNumber',
  'countryCode',
  'headline',
  'description',
  'offerings',
  'cpvCodes',
  'regionCodes',
  'focusAreas',
  'companySize',
  'readiness',
  'references',
  'languages',
  'discoverable',
  'contactEmail',
]);

export function detectSupplierFormat(o: JsonObject): SupplierFormat | null {
  if ('supplier_id' in o) return 'ted';
  if ('organizationName' in o) return 'plain';
  return null;
}

/** Parses, maps and validates one line with the same validator the API uses; throws on a bad line. */
export function parseSupplierLine(text: string, line: number, catalogue: ReferenceCatalogue, now: Date): ParsedSupplierLine {
  const o = parseJsonObject(text);
  if (!o) throw new LineError('invalid JSON: a line must be one JSON object');
  const format = detectSupplierFormat(o);
  if (format === 'ted') return tedSupplier(o, line, catalogue, now);
  if (format === 'plain') return plainSupplier(o, line, catalogue, now);
  throw new LineError('unknown format: expected a TED supplier record (supplier_id) or a plain profile (organizationName)');
}

function tedSupplier(o: JsonObject, line: number, catalogue: ReferenceCatalogue, now: Date): ParsedSupplierLine {
  const shapes: [string, (v: unknown) => boolean][] = [
    ['supplier_id', (v) => typeof v === 'string' && v.length > 0],
    ['name', (v) => typeof v === 'string'],
    ['n_awards', (v) => typeof v === 'number'],
    ['cpv', (v) => Array.isArray(v) && v.every((c) => typeof (c as { code?: unknown })?.code === 'string')],
    ['won_notices', (v) => Array.isArray(v)],
    ['languages', (v) => typeof v === 'object' && v !== null && !Array.isArray(v)],
    ['years', (v) => typeof v === 'object' && v !== null && !Array.isArray(v)],
  ];
  for (const [field, ok] of shapes)
    if (!ok(o[field])) throw badInput(field, `${field} is missing or malformed in the TED supplier record`);
  const mapped = supplierProfileFromTed(o as unknown as TedSupplier, catalogue);
  if (!mapped) throw new LineError('cpv: TED supplier record has no name, valid CPV code or usable region');
  const { sourceRef, ...profile } = mapped.profile;
  const fields = validateProfile(profile, catalogue, now);
  return { line, format: 'ted', organization: mapped.organization, fields, sourceRef, regionsMapped: mapped.regionsMapped };
}

function references(o: JsonObject): UpsertProfileInput['references'] {
  const list = optObjectList(o, 'references');
  if (list === null) return null;
  return list.map((r) => ({
    title: reqString(r, 'title'),
    customer: reqString(r, 'customer'),
    year: optNumber(r, 'year'),
    description: optString(r, 'description'),
  }));
}

function plainSupplier(o: JsonObject, line: number, catalogue: ReferenceCatalogue, now: Date): ParsedSupplierLine {
  rejectUnknownFields(o, PLAIN_SUPPLIER_FIELDS);
  const name = requireText('organizationName', optString(o, 'organizationName'), 2, 200);
  const externalId = optIdentifier(o, 'externalId', 200);
  const input: UpsertProfileInput = {
    headline: reqString(o, 'headline'),
    description: reqString(o, 'description'),
    offerings: optStringList(o, 'offerings'),
    cpvCodes: optStringList(o, 'cpvCodes') ?? [],
    regionCodes: optStringList(o, 'regionCodes') ?? [],
    focusAreas: optStringList(o, 'focusAreas') as UpsertProfileInput['focusAreas'],
    companySize: reqString(o, 'companySize') as UpsertProfileInput['companySize'],
    readiness: optString(o, 'readiness') as UpsertProfileInput['readiness'],
    references: references(o),
    languages: optStringList(o, 'languages'),
    discoverable: optBoolean(o, 'discoverable'),
    contactEmail: reqString(o, 'contactEmail'),
  };
  const fields = validateProfile(input, catalogue, now);
  const orgCountry = countryCode(o, 'countryCode', 'SE');
  return {
    line,
    format: 'plain',
    organization: {
      name,
      countryCode: orgCountry,
      ...organizationNumberFields(orgCountry, optIdentifier(o, 'organizationNumber', 50)),
      regionCode: organizationRegion(fields.regionCodes),
    },
    fields,
    sourceRef: externalId ? `import:${externalId}` : null,
    regionsMapped: false,
  };
}
