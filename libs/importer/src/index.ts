export * from './import-types';
export { Importer } from './importer';
export { readLines } from './read-lines';
export { detectSupplierFormat, parseSupplierLine } from './supplier-line';
export type { SupplierCandidate, SupplierFormat } from './supplier-line';
export { detectNeedFormat, parseNeedLine } from './need-line';
export type { NeedCandidate, NeedFormat } from './need-line';
export * from './ted';
export { insertPlannedOrganizations } from './organization-lookup';
