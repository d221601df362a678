import type { CompanySize, FocusArea, ReferenceCatalogue, SolutionReadiness } from '@navet/reference';
import type { SupplierProfile, SupplierReference } from '@navet/suppliers';
import { ClassificationFields, classificationFields } from './classification';

/** What the mapper reads from a supplier profile; SupplierProfileEntity and the domain type fit. */
export type SupplierSource = Omit<SupplierProfile, 'discoverable' | 'contactEmail' | 'createdAt'>;

/** The suppliers index document. Only discoverable profiles are indexed; contact data never is. */
export interface SupplierDocument extends ClassificationFields {
  id: string;
  organizationId: string;
  organizationName: string;
  headline: string;
  description: string;
  offerings: string[];
  /** Reference titles, customers and descriptions as one searchable text per reference. */
  referencesText: string[];
  focusAreas: FocusArea[];
  companySize: CompanySize;
  readiness: SolutionReadiness;
  languages: string[];
  version: number;
  updatedAt: number;
}

const referenceText = (r: SupplierReference): string =>
  [r.title, r.customer, r.description ?? '']
    .map((s) => s.trim())
    .filter(Boolean)
    .join('. ');

export function toSupplierDocument(
  profile: SupplierSource,
  organizationName: string,
  catalogue: ReferenceCatalogue,
): SupplierDocument {
  return {
    id: profile.id,
    organizationId: profile.organizationId,
    organizationName,
    headline: profile.headline,
    description: profile.description,
    offerings: [...profile.offerings],
    referencesText: profile.references.map(referenceText).filter(Boolean),
    ...classificationFields(profile.cpvCodes, profile.regionCodes, catalogue),
    focusAreas: [...profile.focusAreas],
    companySize: profile.companySize,
    readiness: profile.readiness,
    languages: [...profile.languages],
    version: profile.version,
    updatedAt: profile.updatedAt.getTime(),
  };
}
