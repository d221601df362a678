import type { SupplierProfile } from '../domain/supplier-profile';
import type { SupplierProfileEntity } from './supplier-profile.entity';

export const toSupplierProfile = (e: SupplierProfileEntity): SupplierProfile => ({
  id: e.id,
  organizationId: e.organizationId,
  headline: e.headline,
  description: e.description,
  offerings: e.offerings,
  cpvCodes: e.cpvCodes,
  regionCodes: e.regionCodes,
  focusAreas: e.focusAreas,
  companySize: e.companySize,
  readiness: e.readiness,
  references: e.references,
  languages: e.languages,
  discoverable: e.discoverable,
  contactEmail: e.contactEmail,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  version: e.version,
});
