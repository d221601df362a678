import type { Organization, User } from '../domain/identity';
import type { OrganizationEntity } from './organization.entity';
import type { UserEntity } from './user.entity';

export const toOrganization = (e: OrganizationEntity): Organization => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  organizationNumber: e.organizationNumber,
  countryCode: e.countryCode,
  regionCode: e.regionCode,
  website: e.website,
  verified: e.verified,
  createdAt: e.createdAt,
});

export const toUser = (e: UserEntity): User => ({
  id: e.id,
  organizationId: e.organizationId,
  email: e.email,
  name: e.name,
  role: e.role,
  preferredLanguage: e.preferredLanguage,
  emailConfirmed: e.emailConfirmedAt !== null,
});
