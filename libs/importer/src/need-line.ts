import { badInput, requireText } from '@navet/core';
import { CreateNeedInput, NeedFields, validateNewNeed } from '@navet/needs';
import { ReferenceCatalogue } from '@navet/reference';
import { needFromTedNotice } from './ted/ted-mapping';
import type { TedNotice } from './ted/ted-records';
import type { OrganizationInput } from './import-types';
import { organizationNumberFields } from './organization-number-input';
import {
  countryCode,
  JsonObject,
  optDate,
  optIdentifier,
  optNumber,
  optString,
  optStringList,
  organizationRegion,
  parseJsonObject,
  rejectUnknownFields,
  reqString,
} from './json-fields';
import { LineError } from './line-error';

/** A validated need line, ready to write. */
export interface ParsedNeedLine {
  line: number;
  format: 'ted' | 'plain';
  buyer: OrganizationInput;
  fields: NeedFields;
  /** `ted-notice:<id>` or `import:<externalId>`; null = always a new need. */
  sourceRef: string | null;
  /** When the source says it was published (TED notice date); else the import time is used. */
  publishedAt: Date | null;
  /** A TED notice's region code predated NUTS 2021 (or was an ISO country code) and was mapped; counted in the summary. */
  regionsMapped: boolean;
}

export type NeedFormat = 'ted' | 'plain';

const PLAIN_NEED_FIELDS = new Set([
  'externalId',
  'buyerName',
  'buyerOrganizationNumber',
  'buyerCountryCode',
  'title',
  'summary',
  'description',
  'desiredOutcomes',
  'language',
  'cpvCodes',
  'regionCodes',
  'focusAreas',
  'readiness',
  'estimatedValueSek',
  'dialogueDeadline',
]);

export function detectNeedFormat(o: JsonObject): NeedFormat | null {
  if ('id' in o && 'title' in o && 'cpv' in o) return 'ted';
  if ('buyerName' in o) return 'plain';
  return null;
}

/** Parses, maps and validates one line with the same validator the API uses; throws on a bad line. */
export function parseNeedLine(text: string, line: number, catalogue: ReferenceCatalogue, now: Date): ParsedNeedLine {
  const o = parseJsonObject(text);
  if (!o) throw new LineError('invalid JSON: a line must be one JSON object');
  const format = detectNeedFormat(o);
  if (format === 'ted') return tedNeed(o, line, catalogue, now);
  if (format === 'plain') return plainNeed(o, line, catalogue, now);
  throw new LineError('unknown format: expected a TED notice (id, title, cpv) or a plain need (buyerName)');
}

const isText = (v: unknown): boolean => v === null || v === undefined || typeof v === 'string';

function tedNeed(o: JsonObject, line: number, catalogue: ReferenceCatalogue, now: Date): ParsedNeedLine {
  const shapes: [string, (v: unknown) => boolean][] = [
    ['id', (v) => typeof v === 'string' && v.length > 0],
    ['cpv', (v) => v === null || (Array.isArray(v) && v.every((c) => typeof c === 'string'))],
    ['performance_nuts', (v) => v === null || v === undefined || (Array.isArray(v) && v.every((c) => typeof c === 'string'))],
    ['lots', (v) => v === null || v === undefined || Array.isArray(v)],
    ...[
      'title',
      'description',
      'title_en',
      'description_en',
      'buyer',
      'buyer_country',
      'buyer_national_id',
      'region',
      'date',
      'language',
    ].map((f): [string, (v: unknown) => boolean] => [f, isText]),
  ];
  for (const [field, ok] of shapes) if (!ok(o[field])) throw badInput(field, `${field} is malformed in the TED notice`);
  const mapped = needFromTedNotice(o as unknown as TedNotice, catalogue);
  if (!mapped) throw new LineError(whyUnmapped(o as unknown as TedNotice, catalogue));
  const { sourceRef, publishedAt, ...input } = mapped.need;
  return {
    line,
    format: 'ted',
    buyer: mapped.buyer,
    fields: validateNewNeed(input, catalogue, now),
    sourceRef,
    publishedAt,
    regionsMapped: mapped.regionsMapped,
  };
}

/** Which of the mapping's conditions a TED notice misses (the mapping itself only says null). */
function whyUnmapped(n: TedNotice, catalogue: ReferenceCatalogue): string {
  const svOrEn = (n.language === 'sv' || n.language === 'en') && !!n.title?.trim();
  if (!svOrEn && !n.title_en?.trim()) return 'title: TED notice has no Swedish or English text';
  if (!(n.cpv ?? []).some((c) => catalogue.cpv(c))) return 'cpv: TED notice has no valid CPV code';
  if (!n.buyer?.trim() || !n.buyer_country?.trim()) return 'buyer: TED notice names no buyer or buyer country';
  return 'date: TED notice has no valid date, a too short title or no usable region';
}

function plainNeed(o: JsonObject, line: number, catalogue: ReferenceCatalogue, now: Date): ParsedNeedLine {
  rejectUnknownFields(o, PLAIN_NEED_FIELDS);
  const buyerName = requireText('buyerName', optString(o, 'buyerName'), 2, 200);
  const externalId = optIdentifier(o, 'externalId', 200);
  const input: CreateNeedInput = {
    title: reqString(o, 'title'),
    summary: reqString(o, 'summary'),
    description: reqString(o, 'description'),
    desiredOutcomes: optStringList(o, 'desiredOutcomes'),
    language: optString(o, 'language'),
    cpvCodes: optStringList(o, 'cpvCodes') ?? [],
    regionCodes: optStringList(o, 'regionCodes') ?? [],
    focusAreas: optStringList(o, 'focusAreas') as CreateNeedInput['focusAreas'],
    readiness: optString(o, 'readiness') as CreateNeedInput['readiness'],
    estimatedValueSek: optNumber(o, 'estimatedValueSek'),
    dialogueDeadline: optDate(o, 'dialogueDeadline'),
  };
  const fields = validateNewNeed(input, catalogue, now);
  const buyerCountry = countryCode(o, 'buyerCountryCode', 'SE');
  return {
    line,
    format: 'plain',
    buyer: {
      name: buyerName,
      countryCode: buyerCountry,
      ...organizationNumberFields(buyerCountry, optIdentifier(o, 'buyerOrganizationNumber', 50)),
      regionCode: organizationRegion(fields.regionCodes),
    },
    fields,
    sourceRef: externalId ? `import:${externalId}` : null,
    publishedAt: null,
    regionsMapped: false,
  };
}
