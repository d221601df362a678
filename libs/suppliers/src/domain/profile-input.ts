import { badInput, optionalText, requireEmail, requireLanguage, requireOneOf, requireText, textList, unique } from '@navet/core';
import {
  COMPANY_SIZES,
  CompanySize,
  FOCUS_AREAS,
  FocusArea,
  ReferenceCatalogue,
  SOLUTION_READINESS,
  SolutionReadiness,
} from '@navet/reference';
import type { ProfileFields, SupplierReference } from './supplier-profile';

export interface UpsertProfileInput {
  headline: string;
  description: string;
  offerings?: string[] | null;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas?: FocusArea[] | null;
  companySize: CompanySize;
  readiness?: SolutionReadiness | null;
  references?: { title: string; customer: string; year?: number | null; description?: string | null }[] | null;
  languages?: string[] | null;
  discoverable?: boolean | null;
  contactEmail: string;
}

const MAX_REFERENCES = 20;

function references(input: UpsertProfileInput['references'], thisYear: number): SupplierReference[] {
  const list = input ?? [];
  if (list.length > MAX_REFERENCES) throw badInput('references', `references may have at most ${MAX_REFERENCES} entries`);
  return list.map((r) => {
    const year = r.year ?? null;
    if (year !== null && (!Number.isInteger(year) || year < 1900 || year > thisYear + 1)) {
      throw badInput('references', `reference year ${year} is not plausible`);
    }
    return {
      title: requireText('references', r.title, 1, 200, { singleLine: true }),
      customer: requireText('references', r.customer, 1, 200, { singleLine: true }),
      year,
      description: optionalText('references', r.description, 2000),
    };
  });
}

/** Validates a full profile (upsert replaces every field); throws BAD_USER_INPUT naming the field. */
export function validateProfile(input: UpsertProfileInput, catalogue: ReferenceCatalogue, now: Date): ProfileFields {
  const languages = unique((input.languages ?? ['sv']).map((l) => requireLanguage('languages', l)));
  if (languages.length === 0) throw badInput('languages', 'languages needs at least one language');
  return {
    headline: requireText('headline', input.headline, 3, 200, { singleLine: true }),
    description: requireText('description', input.description, 1, 20000),
    offerings: textList('offerings', input.offerings, 30, 200),
    cpvCodes: catalogue.validateCpvCodes('cpvCodes', input.cpvCodes ?? []),
    regionCodes: catalogue.validateRegionCodes('regionCodes', input.regionCodes ?? []),
    focusAreas: unique((input.focusAreas ?? []).map((f) => requireOneOf('focusAreas', f, FOCUS_AREAS))),
    companySize: requireOneOf('companySize', input.companySize, COMPANY_SIZES),
    readiness: requireOneOf('readiness', input.readiness ?? 'MARKET_READY', SOLUTION_READINESS),
    references: references(input.references, now.getUTCFullYear()),
    languages,
    discoverable: input.discoverable ?? true,
    contactEmail: requireEmail('contactEmail', input.contactEmail),
  };
}
