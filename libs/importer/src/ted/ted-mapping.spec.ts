import { ReferenceCatalogue } from '@navet/reference';
import { validateNewNeed } from '@navet/needs';
import {
  companySizeFor,
  focusAreasForCpv,
  needFromTedNotice,
  needsFromTedNotices,
  SEED_LIMITS,
  supplierProfileFromTed,
} from './ted-mapping';
import { slugify } from './seed-text';
import { TedNotice, TedSupplier } from './ted-records';

const catalogue = ReferenceCatalogue.fromFiles();

const notice = (over: Partial<TedNotice> = {}): TedNotice => ({
  id: 'TED-00173914-2024',
  language: 'sv',
  title: 'Ramavtal för kommunikationstjänster',
  description:
    'Agroväst Livsmedel AB inbjuder till anbudsgivning som gäller kommunikationstjänster. Uppdraget omfattar strategi och produktion. Avtalet gäller i två år.',
  title_en: null,
  description_en: null,
  cpv: ['79340000-9', '79341000-6'],
  buyer: 'AGROVÄST Livsmedel Aktiebolag',
  buyer_country: 'SE',
  buyer_national_id: '556517-5592',
  region: 'SE232',
  performance_nuts: ['SE232'],
  date: '2024-03-22',
  notice_type: 'contract_notice',
  has_award: false,
  lots: [],
  ...over,
});

const supplier = (over: Partial<TedSupplier> = {}): TedSupplier => ({
  supplier_id: 'SE:5560513870',
  name: 'Bayer Aktiebolag',
  country: 'SE',
  national_id: '5560513870',
  town: 'SOLNA',
  nuts: 'SE110',
  n_awards: 1,
  cpv: [
    { code: '09343000-9', en: 'x', sv: 'x', count: 1 },
    { code: '33600000-6', en: 'Pharmaceutical products', sv: 'Läkemedel', count: 3 },
  ],
  won_notices: [{ notice: 'TED-00215499-2024', lang: 'sv', title: 'Radiofarmaka 2024' }],
  languages: { sv: 1 },
  years: { '2024': 1 },
  ...over,
});

describe('focusAreasForCpv', () => {
  it('maps CPV divisions to the themes buyers filter by', () => {
    expect(focusAreasForCpv(['33600000-6'])).toEqual(['HEALTH_AND_CARE']);
    expect(focusAreasForCpv(['80000000-4'])).toEqual(['EDUCATION']);
    expect(focusAreasForCpv(['72000000-5', '48000000-8'])).toEqual(['DIGITALISATION']);
    expect(focusAreasForCpv(['60100000-9'])).toEqual(['TRANSPORT']);
    expect(focusAreasForCpv(['15894210-6'])).toEqual(['FOOD']);
  });

  it('tells waste and water apart from other environmental services', () => {
    expect(focusAreasForCpv(['90511000-2'])).toEqual(['WATER_AND_WASTE']);
    expect(focusAreasForCpv(['90400000-1'])).toEqual(['WATER_AND_WASTE']);
    expect(focusAreasForCpv(['90700000-4'])).toEqual(['CLIMATE_AND_ENVIRONMENT']);
  });

  it('gives at most three areas, the most frequent first, and nothing for unthemed codes', () => {
    const areas = focusAreasForCpv(['80000000-4', '72000000-5', '48000000-8', '33600000-6', '60100000-9', '92000000-1']);
    expect(areas).toHaveLength(3);
    expect(areas[0]).toBe('DIGITALISATION');
    expect(focusAreasForCpv(['30192000-1'])).toEqual(['DIGITALISATION']);
    expect(focusAreasForCpv(['79340000-9'])).toEqual([]);
  });
});

describe('needFromTedNotice', () => {
  it('turns a Swedish call for competition into a published need that passes need validation', () => {
    const mapped = needFromTedNotice(notice(), catalogue)!;
    expect(mapped.buyer).toEqual({
      name: 'AGROVÄST Livsmedel Aktiebolag',
      countryCode: 'SE',
      organizationNumber: '556517-5592',
      regionCode: 'SE232',
    });
    expect(mapped.need).toMatchObject({
      language: 'sv',
      cpvCodes: ['79340000-9', '79341000-6'],
      regionCodes: ['SE232'],
      estimatedValueSek: null,
      dialogueDeadline: null,
      readiness: 'NEEDS_ADAPTATION',
      sourceRef: 'ted-notice:TED-00173914-2024',
    });
    expect(mapped.need.summary).toBe(
      'Agroväst Livsmedel AB inbjuder till anbudsgivning som gäller kommunikationstjänster. Uppdraget omfattar strategi och produktion.',
    );
    expect(mapped.need.publishedAt.toISOString().slice(0, 10)).toBe('2024-03-22');
    expect(() => validateNewNeed(mapped.need, catalogue, new Date())).not.toThrow();
  });

  it('uses the English translation of a notice in another language', () => {
    const mapped = needFromTedNotice(
      notice({
        language: 'nl',
        title: 'Ontwerp van een CO2-installatie',
        description: 'De Concessie betreft...',
        title_en: 'Designing a CO2-capture facility',
        description_en: 'The concession covers design.',
      }),
      catalogue,
    )!;
    expect(mapped.need).toMatchObject({
      language: 'en',
      title: 'Designing a CO2-capture facility',
      description: 'The concession covers design.',
    });
  });

  it('skips notices without Swedish or English text and notices without a valid CPV code', () => {
    expect(needFromTedNotice(notice({ language: 'de' }), catalogue)).toBeNull();
    expect(needFromTedNotice(notice({ cpv: ['99999999-9', 'nonsense'] }), catalogue)).toBeNull();
  });

  it('keeps only valid codes and falls back from buyer region to performance NUTS to country', () => {
    const a = needFromTedNotice(
      notice({ cpv: ['99999999-9', '79340000-9'], region: 'SE999', performance_nuts: ['SE110', 'se121'] }),
      catalogue,
    )!;
    expect(a.need.cpvCodes).toEqual(['79340000-9']);
    expect(a.need.regionCodes).toEqual(['SE110', 'SE121']);
    expect(a.buyer.regionCode).toBeNull();
    const b = needFromTedNotice(notice({ region: null, performance_nuts: [], buyer_country: 'NO' }), catalogue)!;
    expect(b.need.regionCodes).toEqual(['NO']);
  });

  it('maps region codes that predate NUTS 2021 or name the UK by ISO code, and flags the record as mapped', () => {
    const old = needFromTedNotice(notice({ region: 'UKD22', performance_nuts: [], buyer_country: 'GB' }), catalogue)!;
    expect(old.need.regionCodes).toEqual(['UKD']);
    expect(old.buyer.regionCode).toBe('UKD');
    expect(old.regionsMapped).toBe(true);
    const uk = needFromTedNotice(notice({ region: null, performance_nuts: [], buyer_country: 'GB' }), catalogue)!;
    expect(uk.need.regionCodes).toEqual(['UK']);
    expect(uk.regionsMapped).toBe(true);
    const outside = needFromTedNotice(notice({ region: 'US', performance_nuts: ['ITD2'], buyer_country: 'IT' }), catalogue)!;
    expect(outside.need.regionCodes).toEqual(['IT']);
    expect(outside.regionsMapped).toBe(true);
    // Every mapped code is one the API itself accepts.
    expect(() => validateNewNeed(old.need, catalogue, new Date('2024-01-01'))).not.toThrow();
    expect(needFromTedNotice(notice(), catalogue)!.regionsMapped).toBe(false);
    const { profile, regionsMapped } = supplierProfileFromTed(supplier({ nuts: 'HU101', country: 'HU' }), catalogue)!;
    expect([profile.regionCodes, regionsMapped]).toEqual([['HU1'], true]);
  });

  it('cuts long texts to the validation limits', () => {
    const long = `${'Mycket lång mening om behovet '.repeat(40)}. ${'x '.repeat(15000)}`;
    const mapped = needFromTedNotice(notice({ title: 'Titel '.repeat(60), description: long }), catalogue)!;
    expect(mapped.need.title.length).toBeLessThanOrEqual(SEED_LIMITS.title);
    expect(mapped.need.summary.length).toBeLessThanOrEqual(SEED_LIMITS.summary);
    expect(mapped.need.description.length).toBeLessThanOrEqual(SEED_LIMITS.description);
    expect(mapped.need.title.endsWith('…')).toBe(true);
    expect(() => validateNewNeed(mapped.need, catalogue, new Date())).not.toThrow();
  });

  it('prefers open calls, one per buyer and title, and fills up with awarded notices only below the minimum', () => {
    const calls = [notice({ id: 'a' }), notice({ id: 'b' }), notice({ id: 'c', title: 'Skolskjuts' })];
    const awarded = notice({ id: 'd', title: 'Tilldelat avtal', has_award: true, notice_type: 'contract_notice' });
    const picked = needsFromTedNotices([...calls, awarded], catalogue, { min: 2, max: 10 });
    expect(picked.map((m) => m.need.title).sort()).toEqual(['Ramavtal för kommunikationstjänster', 'Skolskjuts']);
    expect(needsFromTedNotices([...calls, awarded], catalogue, { min: 3, max: 10 })).toHaveLength(3);
  });
});

describe('supplierProfileFromTed', () => {
  it('builds a Swedish capability profile from a Swedish award winner', () => {
    const refs = new Map([['TED-00215499-2024', { buyer: 'Region Västernorrland', year: 2024 }]]);
    const { organization, profile } = supplierProfileFromTed(supplier(), catalogue, refs)!;
    expect(organization).toEqual({
      name: 'Bayer Aktiebolag',
      countryCode: 'SE',
      // Stored in the normalised spelling of a Swedish organisationsnummer.
      organizationNumber: '556051-3870',
      regionCode: 'SE110',
    });
    expect(profile.cpvCodes).toEqual(['33600000-6', '09343000-9']);
    expect(profile.headline).toBe('Läkemedel — Solna');
    expect(profile.description).toContain('Radiofarmaka 2024');
    expect(profile.description).toContain('levererar läkemedel');
    expect(profile.references).toEqual([
      { title: 'Radiofarmaka 2024', customer: 'Region Västernorrland', year: 2024, description: null },
    ]);
    expect(profile).toMatchObject({
      regionCodes: ['SE110'],
      focusAreas: ['HEALTH_AND_CARE', 'ENERGY'],
      readiness: 'MARKET_READY',
      discoverable: true,
      languages: ['sv'],
    });
    expect(profile.contactEmail).toBe('kontakt@bayer-aktiebolag.example');
    expect(profile.sourceRef).toBe('ted-supplier:SE:5560513870');
  });

  it('stores a national id that is not a valid organization number as null instead of failing', () => {
    const bad = supplierProfileFromTed(supplier({ national_id: '5560513871' }), catalogue, new Map())!;
    expect(bad.organization.organizationNumber).toBeNull();
    expect(bad.organization.organizationNumberDropped).toBe(true);
    const buyer = needFromTedNotice(notice({ buyer_national_id: 'N/A' }), catalogue)!;
    expect(buyer.buyer.organizationNumber).toBeNull();
    expect(needFromTedNotice(notice(), catalogue)!.buyer.organizationNumber).toBe('556517-5592');
  });

  it('writes English for suppliers working in other languages and invents a safe address for any script', () => {
    const { profile } = supplierProfileFromTed(
      supplier({
        supplier_id: 'BG:1',
        name: '„Софарма Трейдинг“ АД',
        country: 'BG',
        nuts: '00',
        town: null,
        languages: { bg: 2 },
        years: { '2019': 2 },
      }),
      catalogue,
    )!;
    expect(profile.regionCodes).toEqual(['BG']);
    expect(profile.headline).toBe('Pharmaceutical products — BG');
    expect(profile.description).toContain('supplies pharmaceutical products');
    expect(profile.references[0]).toMatchObject({ customer: 'Public buyer', year: 2019 });
    expect(profile.contactEmail).toMatch(/^kontakt@leverantor-[0-9a-f]{8}\.example$/);
  });

  it('skips suppliers without a valid CPV code and caps codes at twenty', () => {
    expect(supplierProfileFromTed(supplier({ cpv: [{ code: '12345678-0', en: '', sv: '', count: 1 }] }), catalogue)).toBeNull();
    const many = catalogue
      .allCpv()
      .slice(0, 30)
      .map((c, i) => ({ code: c.code, en: c.labelEn, sv: c.labelSv, count: 30 - i }));
    expect(supplierProfileFromTed(supplier({ cpv: many }), catalogue)!.profile.cpvCodes).toHaveLength(SEED_LIMITS.cpvCodes);
  });

  it('chooses a company size deterministically, larger for frequent winners', () => {
    expect(companySizeFor('x', 9)).toBe('LARGE');
    expect(companySizeFor('SE:1', 1)).toBe(companySizeFor('SE:1', 1));
    const sizes = new Set(Array.from({ length: 200 }, (_, i) => companySizeFor(`id-${i}`, 1)));
    expect(sizes).toEqual(new Set(['MICRO', 'SMALL', 'MEDIUM', 'LARGE']));
  });
});

describe('slugify', () => {
  it('folds Latin letters without decomposition so invented addresses stay readable', () => {
    expect(slugify('Praktyka Lekarska Michał Dąbrowski', 'x')).toBe('praktyka-lekarska-michal-dabrowski');
    expect(slugify('Ørsted Bioenergy & Thermal Power A/S', 'x')).toBe('orsted-bioenergy-thermal-power-a-s');
  });
});
