import type { CompanySize, FocusArea, SolutionReadiness } from '@navet/reference';

export interface SupplierReference {
  title: string;
  customer: string;
  year: number | null;
  description: string | null;
}

/** The validated, normalised editable fields of a capability profile. */
export interface ProfileFields {
  headline: string;
  description: string;
  offerings: string[];
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
  companySize: CompanySize;
  readiness: SolutionReadiness;
  references: SupplierReference[];
  languages: string[];
  discoverable: boolean;
  contactEmail: string;
}

/** Plain domain shape of a supplier's capability profile. */
export interface SupplierProfile extends ProfileFields {
  id: string;
  organizationId: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
