import { focusFit, joinList } from './focus-fit';

describe('focusFit', () => {
  it('is the share of the need focus areas the supplier covers', () => {
    const out = focusFit(['HEALTH_AND_CARE', 'DIGITALISATION'], ['DIGITALISATION', 'ENERGY'], 'sv');
    expect(out.value).toBe(0.5);
    expect(out.detail).toBe('Täcker 1 av 2 fokusområden: digitalisering');
    expect(out.reason).toBe('inriktning på digitalisering');
  });

  it('is 1 when all are covered and lists them in English', () => {
    const out = focusFit(['HEALTH_AND_CARE', 'DIGITALISATION'], ['DIGITALISATION', 'HEALTH_AND_CARE'], 'en');
    expect(out.value).toBe(1);
    expect(out.detail).toBe('Covers 2 of 2 focus areas: health and care and digitalisation');
  });

  it('is 0 with no reason when nothing is covered', () => {
    expect(focusFit(['FOOD'], ['ENERGY'], 'en')).toEqual({
      value: 0,
      detail: "None of the need's 1 focus areas is covered",
      reason: null,
    });
    expect(focusFit(['FOOD'], [], 'sv').value).toBe(0);
  });

  it('is neutral 0.5 when the need has no focus areas, and says so', () => {
    expect(focusFit([], ['ENERGY'], 'sv')).toEqual({
      value: 0.5,
      detail: 'Behovet anger inga fokusområden (neutralt)',
      reason: null,
    });
  });

  it('counts duplicated need focus areas once', () => {
    expect(focusFit(['FOOD', 'FOOD', 'ENERGY'], ['FOOD'], 'en').value).toBe(0.5);
  });
});

describe('joinList', () => {
  it('joins with commas and a final conjunction', () => {
    expect(joinList(['a'], 'sv')).toBe('a');
    expect(joinList(['a', 'b', 'c'], 'sv')).toBe('a, b och c');
    expect(joinList(['a', 'b'], 'en')).toBe('a and b');
    expect(joinList([], 'en')).toBe('');
  });
});
