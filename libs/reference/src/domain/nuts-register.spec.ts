import { ReferenceCatalogue } from '../reference-catalogue';

const catalogue = ReferenceCatalogue.fromFiles();

describe('NUTS regions (Swedish list + NUTS 2021)', () => {
  it('knows Swedish regions by their Swedish names and other EU/EEA regions by their code', () => {
    expect(catalogue.region('SE110')).toEqual({ code: 'SE110', name: 'Stockholms län', level: 3, parentCode: 'SE11' });
    expect(catalogue.region('DE300')).toEqual({ code: 'DE300', name: 'DE300', level: 3, parentCode: 'DE30' });
    expect(catalogue.region('NO')).toMatchObject({ level: 0, parentCode: null });
  });

  it('refuses codes that do not exist, however well-formed', () => {
    for (const code of ['XX999', 'XX', 'SE999', 'DE999', 'SEZ', 'US']) expect(catalogue.region(code)).toBeUndefined();
    expect(() => catalogue.validateRegionCodes('regionCodes', ['SE110', 'XX999'])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'regionCodes' }),
    );
    expect(catalogue.validateRegionCodes('regionCodes', ['se110', 'fi1b1', 'EL30'])).toEqual(['SE110', 'FI1B1', 'EL30']);
  });

  it('the regions query keeps listing the 33 Swedish regions; the table gets all, with national names', () => {
    expect(catalogue.regions()).toHaveLength(33);
    const all = catalogue.allRegions();
    expect(all.length).toBeGreaterThan(2000);
    expect(all.find((r) => r.code === 'SE110')?.name).toBe('Stockholms län');
    expect(all.find((r) => r.code === 'DE300')?.name).toBe('Berlin');
    // Every parent is itself a region: the table's hierarchy has no holes.
    const codes = new Set(all.map((r) => r.code));
    expect(all.filter((r) => r.parentCode !== null && !codes.has(r.parentCode))).toEqual([]);
  });

  it('maps codes older records carry to the nearest existing ancestor, and says so', () => {
    expect(catalogue.resolveRegion('SE110')).toEqual({ code: 'SE110', mapped: false });
    expect(catalogue.resolveRegion(' hu101 ')).toEqual({ code: 'HU1', mapped: true }); // NUTS 2016 Budapest
    expect(catalogue.resolveRegion('UKD22')).toEqual({ code: 'UKD', mapped: true }); // NUTS 2013 Cheshire
    expect(catalogue.resolveRegion('GR300')).toEqual({ code: 'EL30', mapped: true }); // ISO GR, NUTS EL
    expect(catalogue.resolveRegion('GB')).toEqual({ code: 'UK', mapped: true });
  });

  it('never falls back from a region to its bare country, and knows nothing outside the list', () => {
    expect(catalogue.resolveRegion('SE999')).toBeUndefined();
    expect(catalogue.resolveRegion('ITD2')).toBeUndefined(); // NUTS 2006 Italy; the caller tries the country next
    expect(catalogue.resolveRegion('IT')).toEqual({ code: 'IT', mapped: false });
    for (const code of ['US', 'KE', '00', '', null]) expect(catalogue.resolveRegion(code)).toBeUndefined();
  });
});
