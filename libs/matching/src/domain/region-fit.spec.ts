import { ReferenceCatalogue } from '@navet/reference';
import { regionFit, regionPairMatch } from './region-fit';

const catalogue = ReferenceCatalogue.fromFiles();

describe('regionPairMatch', () => {
  it.each([
    ['same region', 'SE110', 'SE110', 1],
    ['supplier region contains need region', 'SE110', 'SE11', 1],
    ['need region contains supplier region', 'SE1', 'SE110', 1],
    ['all of Sweden contains every Swedish region', 'SE332', 'SE', 1],
    ['neighbouring NUTS2 in the same NUTS1', 'SE110', 'SE121', 0.6],
    ['same country, other part', 'SE110', 'SE224', 0.4],
    ['another country', 'SE110', 'NO081', 0],
  ])('%s', (_what, need, supplier, value) => {
    expect(regionPairMatch(need, supplier)?.value ?? 0).toBe(value);
  });
});

describe('regionFit', () => {
  it('takes the best pair and names the regions in Swedish by default', () => {
    const out = regionFit(['SE110'], ['SE224', 'SE'], catalogue);
    expect(out.value).toBe(1);
    expect(out.detail).toBe('Verksam i Sverige (SE), som omfattar Stockholms län (SE110)');
    expect(out.reason).toBe('verksam i Stockholms län');
  });

  it('writes English details', () => {
    expect(regionFit(['SE110'], ['SE110'], catalogue, 'en').detail).toBe("Serves the need's region Stockholms län (SE110)");
    expect(regionFit(['SE110'], ['SE121'], catalogue, 'en')).toMatchObject({
      value: 0.6,
      detail: 'Serves Uppsala län (SE121), a neighbouring region of Stockholms län (SE110)',
    });
    expect(regionFit(['SE110'], ['SE224'], catalogue, 'en').detail).toBe(
      'Serves Skåne län (SE224), in the same country as Stockholms län (SE110)',
    );
  });

  it('is 0 when the supplier serves elsewhere, naming the need regions', () => {
    const out = regionFit(['SE110'], ['DK011'], catalogue, 'sv');
    expect(out).toMatchObject({ value: 0, reason: null, detail: 'Leverantören är inte verksam i Stockholms län (SE110)' });
  });

  it('uses the code when a region is unknown to the catalogue', () => {
    expect(regionFit(['NO081'], ['NO08'], catalogue, 'en').detail).toBe('Serves NO08, which includes NO081');
  });

  it('is neutral when the need names no region', () => {
    expect(regionFit([], ['SE110'], catalogue, 'en')).toMatchObject({
      value: 0.5,
      reason: null,
      detail: 'The need names no region',
    });
  });
});
