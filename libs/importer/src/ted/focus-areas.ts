import { cpvDigits, FocusArea } from '@navet/reference';

/**
 * CPV prefix -> focus areas. The longest matching prefix wins, so a specific group (9040 sewage)
 * can override its division (90 environmental services). Prefixes without an obvious societal
 * theme (office supplies, business services) are left out on purpose: no signal beats a wrong one.
 */
const RULES: ReadonlyArray<readonly [string, readonly FocusArea[]]> = [
  ['03', ['FOOD']],
  ['034', ['CLIMATE_AND_ENVIRONMENT']], // forestry and timber
  ['09', ['ENERGY']],
  ['15', ['FOOD']],
  ['30', ['DIGITALISATION']],
  ['3112', ['ENERGY']], // generators
  ['316', ['ENERGY']], // electrical equipment
  ['315', ['ENERGY']], // lighting
  ['32', ['DIGITALISATION']],
  ['33', ['HEALTH_AND_CARE']],
  ['34', ['TRANSPORT']],
  ['35', ['SAFETY_AND_SECURITY']],
  ['37', ['CULTURE_AND_LEISURE']],
  ['41', ['WATER_AND_WASTE']],
  ['421', ['ENERGY']], // engines, turbines, power machinery
  ['44', ['URBAN_DEVELOPMENT']],
  ['45', ['URBAN_DEVELOPMENT']],
  ['4523', ['URBAN_DEVELOPMENT', 'TRANSPORT']], // roads, railways, airfields
  ['4524', ['URBAN_DEVELOPMENT', 'WATER_AND_WASTE']], // hydraulic engineering
  ['4525', ['URBAN_DEVELOPMENT', 'ENERGY']], // power plants, plants for utilities
  ['48', ['DIGITALISATION']],
  ['501', ['TRANSPORT']], // vehicle repair
  ['502', ['TRANSPORT']], // aircraft, railway, road and marine equipment repair
  ['503', ['DIGITALISATION']], // computer and telecom equipment repair
  ['506', ['SAFETY_AND_SECURITY']], // defence materials repair
  ['55', ['FOOD']],
  ['551', ['CULTURE_AND_LEISURE']], // hotels
  ['60', ['TRANSPORT']],
  ['63', ['TRANSPORT']],
  ['64', ['DIGITALISATION']],
  ['641', ['TRANSPORT']], // postal and courier services
  ['65', ['ENERGY']],
  ['651', ['WATER_AND_WASTE']], // water distribution
  ['70', ['URBAN_DEVELOPMENT']],
  ['71', ['URBAN_DEVELOPMENT']],
  ['7131', ['URBAN_DEVELOPMENT', 'ENERGY']], // engineering services incl. energy efficiency
  ['72', ['DIGITALISATION']],
  ['752', ['SAFETY_AND_SECURITY']], // defence, public security, rescue
  ['7531', ['HEALTH_AND_CARE']], // benefit services
  ['772', ['CLIMATE_AND_ENVIRONMENT']], // forestry services
  ['7731', ['URBAN_DEVELOPMENT', 'CLIMATE_AND_ENVIRONMENT']], // parks and green areas
  ['797', ['SAFETY_AND_SECURITY']], // investigation and security services
  ['80', ['EDUCATION']],
  ['85', ['HEALTH_AND_CARE']],
  ['90', ['CLIMATE_AND_ENVIRONMENT']],
  ['904', ['WATER_AND_WASTE']], // sewage
  ['905', ['WATER_AND_WASTE']], // refuse and waste
  ['906', ['URBAN_DEVELOPMENT']], // street cleaning
  ['909', []], // cleaning of buildings: no theme
  ['92', ['CULTURE_AND_LEISURE']],
];

const BY_PREFIX = new Map<string, readonly FocusArea[]>(RULES);
const MAX_AREAS = 3;

function areasOf(code: string): readonly FocusArea[] {
  const digits = cpvDigits(code.trim());
  for (let n = Math.min(digits.length, 6); n >= 2; n--) {
    const hit = BY_PREFIX.get(digits.slice(0, n));
    if (hit) return hit;
  }
  return [];
}

/**
 * Focus areas suggested by CPV codes: at most three, the most frequent first; the first codes
 * (usually the main CPV) win ties. Unknown or unthemed codes give nothing.
 */
export function focusAreasForCpv(codes: readonly string[]): FocusArea[] {
  const score = new Map<FocusArea, { count: number; first: number }>();
  codes.forEach((code, index) => {
    for (const area of areasOf(code)) {
      const s = score.get(area);
      if (s) s.count++;
      else score.set(area, { count: 1, first: index });
    }
  });
  return [...score.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, MAX_AREAS)
    .map(([area]) => area);
}
