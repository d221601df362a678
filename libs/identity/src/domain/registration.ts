import { badInput, optionalText, requireEmail, requireText } from '@navet/core';
import { requireNewPassword } from './password';
import type { OrganizationKind } from './identity';
import { normalizeOrganizationNumber } from './organization-number';

export interface RegistrationInput {
  organizationName: string;
  kind: OrganizationKind;
  organizationNumber?: string | null;
  countryCode?: string | null;
  regionCode?: string | null;
  website?: string | null;
  userName: string;
  email: string;
  password: string;
}

export interface ValidRegistration {
  organizationName: string;
  kind: Exclude<OrganizationKind, 'PLATFORM'>;
  organizationNumber: string | null;
  countryCode: string;
  regionCode: string | null;
  website: string | null;
  userName: string;
  email: string;
  password: string;
}

/** Field rules for self-registration; region validity is checked by the caller against reference data. */
export function validateRegistration(input: RegistrationInput): ValidRegistration {
  if (input.kind !== 'PUBLIC_BUYER' && input.kind !== 'SUPPLIER') {
    throw badInput('kind', 'Only PUBLIC_BUYER or SUPPLIER organizations can register');
  }
  const countryCode = (input.countryCode ?? 'SE').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(countryCode)) throw badInput('countryCode', 'countryCode must be two letters (ISO 3166-1)');
  const website = optionalText('website', input.website, 300);
  if (website && !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(website)) throw badInput('website', 'website must be an http(s) URL');
  const password = requireNewPassword('password', input.password);
  const organizationNumber = validOrganizationNumber(
    countryCode,
    optionalText('organizationNumber', input.organizationNumber, 40),
  );
  const regionCode = optionalText('regionCode', input.regionCode, 10)?.toUpperCase() ?? null;
  // NUTS writes Greece as EL; everywhere else the NUTS prefix is the ISO country code.
  const nutsCountry = countryCode === 'GR' ? 'EL' : countryCode;
  if (regionCode && !regionCode.startsWith(nutsCountry)) {
    throw badInput('regionCode', `regionCode ${regionCode} does not lie in country ${countryCode}`);
  }
  return {
    organizationName: requireText('organizationName', input.organizationName, 2, 200),
    kind: input.kind,
    organizationNumber,
    countryCode,
    regionCode,
    website,
    userName: requireText('userName', input.userName, 1, 200),
    email: requireEmail('email', input.email),
    password,
  };
}

/** The stored (normalised) spelling, so every spelling of a number meets the same unique index. */
function validOrganizationNumber(countryCode: string, raw: string | null): string | null {
  if (!raw) return null;
  const r = normalizeOrganizationNumber(countryCode, raw);
  if (!r.ok) throw badInput('organizationNumber', `organizationNumber is ${r.reason}`);
  return r.value;
}
