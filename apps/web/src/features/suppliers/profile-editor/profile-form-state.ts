import type {
  CompanySize,
  FocusArea,
  MySupplierProfileQuery,
  SolutionReadiness,
  UpsertSupplierProfileInput,
} from '../../../gql/graphql';

/** What the editor holds while the supplier types: the profile as strings, lists and flags. */
export interface ProfileForm {
  headline: string;
  description: string;
  contactEmail: string;
  companySize: CompanySize;
  readiness: SolutionReadiness;
  discoverable: boolean;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
  languages: string[];
  offerings: string[];
  references: { title: string; customer: string; year: string; description: string }[];
}

type Profile = NonNullable<MySupplierProfileQuery['mySupplierProfile']>;

/** A supplier without a profile starts here; the API still decides what is valid. */
export const emptyProfileForm = (): ProfileForm => ({
  headline: '',
  description: '',
  contactEmail: '',
  companySize: 'SMALL',
  readiness: 'MARKET_READY',
  discoverable: true,
  cpvCodes: [],
  regionCodes: [],
  focusAreas: [],
  languages: ['sv'],
  offerings: [],
  references: [],
});

export const profileToForm = (p: Profile): ProfileForm => ({
  headline: p.headline,
  description: p.description,
  contactEmail: p.contactEmail ?? '',
  companySize: p.companySize,
  readiness: p.readiness,
  discoverable: p.discoverable,
  cpvCodes: p.cpvCodes.map((c) => c.code),
  regionCodes: p.regions.map((r) => r.code),
  focusAreas: [...p.focusAreas],
  languages: [...p.languages],
  offerings: [...p.offerings],
  references: p.references.map((r) => ({
    title: r.title,
    customer: r.customer,
    year: r.year == null ? '' : String(r.year),
    description: r.description ?? '',
  })),
});

/**
 * The mutation's input. Blank list rows are the editor's empty slots, not data, so they are left out;
 * everything else goes to the API as typed, which validates it (the year field is numeric; blank = none).
 */
export function formToInput(f: ProfileForm): UpsertSupplierProfileInput {
  return {
    headline: f.headline,
    description: f.description,
    contactEmail: f.contactEmail,
    companySize: f.companySize,
    readiness: f.readiness,
    discoverable: f.discoverable,
    cpvCodes: f.cpvCodes,
    regionCodes: f.regionCodes,
    focusAreas: f.focusAreas,
    languages: f.languages,
    offerings: f.offerings.map((o) => o.trim()).filter(Boolean),
    references: f.references
      .filter((r) => r.title.trim() || r.customer.trim())
      .map((r) => ({
        title: r.title,
        customer: r.customer,
        year: r.year.trim() === '' ? null : Number.parseInt(r.year, 10),
        description: r.description.trim() === '' ? null : r.description,
      })),
  };
}
