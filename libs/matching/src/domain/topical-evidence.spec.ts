import { ReferenceCatalogue } from '@navet/reference';
import { DEFAULT_CRITERIA } from './criteria';
import { NeedFacts, scoreMatch, SupplierFacts } from './score';
import { isSuggestible, selectSuggestions } from './selection';
import { evidenceSummary, hasTopicalEvidence, TEXT_EVIDENCE_FLOOR, topicalEvidence } from './topical-evidence';

const catalogue = ReferenceCatalogue.fromFiles();
const components = (text: number, cpv: number, region = 1) => [
  { signal: 'TEXT' as const, value: text },
  { signal: 'CPV' as const, value: cpv },
  { signal: 'REGION' as const, value: region },
  { signal: 'FOCUS_AREA' as const, value: 1 },
  { signal: 'READINESS' as const, value: 1 },
  { signal: 'FEEDBACK' as const, value: 1 },
];

// A Swedish elder-care need (CPV 85 health and social work) in Stockholm.
const elderCare: NeedFacts = {
  language: 'sv',
  cpvCodes: ['85311100-3'],
  regionCodes: ['SE110'],
  focusAreas: ['HEALTH_AND_CARE'],
  readiness: 'MARKET_READY',
};
const supplierIn = (cpvCodes: string[]): SupplierFacts => ({
  cpvCodes,
  regionCodes: ['SE110'],
  focusAreas: ['HEALTH_AND_CARE'],
  readiness: 'MARKET_READY',
});
const score = (supplier: SupplierFacts, textScore: number | null) =>
  scoreMatch({
    need: elderCare,
    supplier,
    textScore,
    feedback: { positive: 3, negative: 0 },
    criteria: DEFAULT_CRITERIA,
    catalogue,
  });

describe('topicalEvidence', () => {
  it('is CPV for shared CPV ground, TEXT at the floor, both, or null', () => {
    expect(topicalEvidence(components(0, 0.2))).toBe('CPV');
    expect(topicalEvidence(components(TEXT_EVIDENCE_FLOOR, 0))).toBe('TEXT');
    expect(topicalEvidence(components(0.5, 1))).toBe('CPV_AND_TEXT');
    expect(topicalEvidence(components(0.1999, 0))).toBeNull();
    expect(topicalEvidence([])).toBeNull();
  });

  it('never comes from region, focus area, readiness or feedback', () => {
    expect(hasTopicalEvidence(components(0, 0, 1))).toBe(false);
  });

  it('takes another text floor', () => {
    expect(hasTopicalEvidence(components(0.25, 0), 0.3)).toBe(false);
    expect(hasTopicalEvidence(components(0.3, 0), 0.3)).toBe(true);
  });

  it('summarises the share of suggestions with evidence', () => {
    expect(evidenceSummary([components(0.5, 0), components(0, 0)])).toEqual({ suggestions: 2, withEvidence: 1, share: 0.5 });
    expect(evidenceSummary([])).toEqual({ suggestions: 0, withEvidence: 0, share: 1 });
  });
});

describe('selectSuggestions with topical evidence', () => {
  it('does not suggest a region-only pair above minScore', () => {
    // Radioactive-material supplier (CPV 24 chemicals): nothing shared with 85, no text match, same region.
    const regionOnly = score(supplierIn(['24000000-4']), null);
    expect(regionOnly.score).toBeGreaterThanOrEqual(DEFAULT_CRITERIA.minScore);
    expect(isSuggestible(regionOnly, DEFAULT_CRITERIA)).toBe(false);
    expect(selectSuggestions([{ supplierId: 'a', ...regionOnly }], DEFAULT_CRITERIA)).toEqual([]);
  });

  it('suggests a pair with shared CPV division or enough text relevance', () => {
    const cpv = { supplierId: 'c', ...score(supplierIn(['85000000-9']), null) };
    const text = { supplierId: 't', ...score(supplierIn(['24000000-4']), 0.4) };
    const lowText = { supplierId: 'l', ...score(supplierIn(['24000000-4']), 0.1) };
    expect(lowText.score).toBeGreaterThanOrEqual(DEFAULT_CRITERIA.minScore);
    expect(
      selectSuggestions([lowText, text, cpv], DEFAULT_CRITERIA)
        .map((s) => s.supplierId)
        .sort(),
    ).toEqual(['c', 't']);
  });

  it('still requires minScore', () => {
    const weak = {
      supplierId: 'w',
      ...score({ ...supplierIn(['85000000-9']), regionCodes: [], focusAreas: [], readiness: null }, null),
    };
    expect(hasTopicalEvidence(weak.components)).toBe(true);
    expect(selectSuggestions([weak], { ...DEFAULT_CRITERIA, minScore: 0.9 })).toEqual([]);
  });
});
