/** GraphQL documents and view types shared by the supplier-profile e2e specs. */
export const PROFILE_FIELDS = `id headline description offerings focusAreas companySize readiness languages discoverable contactEmail updatedAt
  cpvCodes { code labelSv labelEn level } regions { code name level }
  references { title customer year description } organization { id name kind }`;
export const UPSERT = `mutation($input: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $input) { ${PROFILE_FIELDS} } }`;
export const MINE = `query { mySupplierProfile { ${PROFILE_FIELDS} } }`;
export const PROFILE = `query($id: ID!) { supplierProfile(id: $id) { ${PROFILE_FIELDS} } }`;

export interface ProfileView {
  id: string;
  headline: string;
  description: string;
  offerings: string[];
  focusAreas: string[];
  companySize: string;
  readiness: string;
  languages: string[];
  discoverable: boolean;
  contactEmail: string | null;
  updatedAt: string;
  cpvCodes: { code: string; labelSv: string; labelEn: string; level: number }[];
  regions: { code: string; name: string; level: number }[];
  references: { title: string; customer: string; year: number | null; description: string | null }[];
  organization: { id: string; name: string; kind: string };
}
