export * from './import-types';
export { Importer } from './importer';
export { readLines } from './read-lines';
export { detectSupplierFormat, parseSupplierLine } from './supplier-line';
export type { ParsedSupplierLine, SupplierFormat } from './supplier-line';
export { detectNeedFormat, parseNeedLine } from './need-line';
export type { ParsedNeedLine, NeedFormat } from './need-line';
export * from './ted';
export { insertPlannedOrganizations } from './organization-lookup';
