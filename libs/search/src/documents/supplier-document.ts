import type { CompanySize, FocusArea, ReferenceCatalogue, SolutionReadiness } from '@navet/reference';
import type { SupplierProfile, SupplierReference } from '@navet/suppliers';
import { documentEquivalentTerms } from '../synonyms/search-synonyms';
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
  /** Swedish and English words for what the profile's texts say (docs/search.md), so either language finds it. */
  equivalentTerms: string[];
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
  const referencesText = profile.references.map(referenceText).filter(Boolean);
  return {
    id: profile.id,
    organizationId: profile.organizationId,
    organizationName,
    headline: profile.headline,
    description: profile.description,
    offerings: [...profile.offerings],
    referencesText,
    equivalentTerms: documentEquivalentTerms(catalogue, [
      profile.headline,
      ...profile.offerings,
      profile.description,
      ...referencesText,
    ]),
    ...classificationFields(profile.cpvCodes, profile.regionCodes, catalogue),
    focusAreas: [...profile.focusAreas],
    companySize: profile.companySize,
    readiness: profile.readiness,
    languages: [...profile.languages],
    version: profile.version,
    updatedAt: profile.updatedAt.getTime(),
  };
}
