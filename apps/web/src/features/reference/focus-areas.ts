import type { FocusArea } from '../../gql/graphql';

/** Every focus area in the order forms list them (OTHER last); labels are reference:focusArea.*. */
export const FOCUS_AREAS: FocusArea[] = [
  'CLIMATE_AND_ENVIRONMENT',
  'CULTURE_AND_LEISURE',
  'DIGITALISATION',
  'EDUCATION',
  'ENERGY',
  'FOOD',
  'HEALTH_AND_CARE',
  'SAFETY_AND_SECURITY',
  'TRANSPORT',
  'URBAN_DEVELOPMENT',
  'WATER_AND_WASTE',
  'OTHER',
];
