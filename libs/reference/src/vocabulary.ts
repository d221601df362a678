/** Shared vocabulary of the contract: enums used by needs, suppliers, search and matching. */
export const SOLUTION_READINESS = ['MARKET_READY', 'NEEDS_ADAPTATION', 'NEEDS_DEVELOPMENT'] as const;
export type SolutionReadiness = (typeof SOLUTION_READINESS)[number];

export const FOCUS_AREAS = [
  'HEALTH_AND_CARE',
  'EDUCATION',
  'TRANSPORT',
  'URBAN_DEVELOPMENT',
  'ENERGY',
  'CLIMATE_AND_ENVIRONMENT',
  'WATER_AND_WASTE',
  'DIGITALISATION',
  'SAFETY_AND_SECURITY',
  'FOOD',
  'CULTURE_AND_LEISURE',
  'OTHER',
] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export const COMPANY_SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];
