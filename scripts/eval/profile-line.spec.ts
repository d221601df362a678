import { ReferenceCatalogue } from '@navet/reference';
import { needCpvCodes, needRegions, evalNeed } from './eval-need';
import type { EvalNotice } from './notices';
import { capabilityText, PROFILE_LIMITS, profileLine, rankedCpvCodes } from './profile-line';
import type { TrainSupplier } from './protocol';

const catalogue = ReferenceCatalogue.fromFiles();

const award = (id: string, title: string, cpv: string[], extra: Partial<EvalNotice> = {}): EvalNotice => ({
  id,
  language: 'sv',
  title,
  description: `Beskrivning av ${title}`,
  cpv,
  buyer_country: 'SE',
  ...extra,
});

const supplier = (awards: EvalNotice[], details: TrainSupplier['details']): TrainSupplier => ({
  identity: 'SE:5560123456',
  details,
  awards,
});

describe('profileLine', () => {
  const awards = [
    award('a', 'Drift av IT-system', ['72000000-5', '72500000-0']),
    award('b', 'Support för IT-system', ['72500000-0', '99999999-9']),
  ];
  const line = profileLine(
    supplier(awards, [
      { name: 'Acme AB', country: 'SE', national_id: '556012 3456', nuts: 'SE110' },
      { name: 'Acme AB', country: 'SE', national_id: '556012 3456', nuts: null },
    ]),
    catalogue,
  );

  it('unites the CPV codes of the train awards, most frequent first, unknown codes dropped', () => {
    expect(line.cpvCodes).toEqual(['72500000-0', '72000000-5']);
  });

  it('uses titles and descriptions as capability text and distinct titles as offerings', () => {
    expect(line.description).toContain('Drift av IT-system');
    expect(line.description).toContain('Beskrivning av Support för IT-system');
    expect(line.offerings).toEqual(['Drift av IT-system', 'Support för IT-system']);
  });

  it('heads the profile with the label of its most frequent CPV code, in Swedish for a Swedish supplier', () => {
    expect(line.headline).toBe(catalogue.cpv('72500000-0')!.labelSv);
  });

  it('places the supplier at the NUTS of its address, keyed by the protocol identity', () => {
    expect(line.regionCodes).toEqual(['SE110']);
    expect(line.externalId).toBe('SE:5560123456');
    expect(line.organizationNumber).toBe('5560123456');
    expect(line.companySize).toBe('MEDIUM');
    expect(line.contactEmail).toMatch(/^eval\+[0-9a-f]{16}@example\.invalid$/);
  });

  it('falls back to the country code when the address has no NUTS', () => {
    const l = profileLine(supplier(awards, [{ name: 'Firma', country: 'DE', national_id: null, nuts: null }]), catalogue);
    expect(l.regionCodes).toEqual(['DE']);
  });

  it('keeps the profile within the validation limits', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      award(`n${i}`, `Uppdrag ${i} ${'x'.repeat(300)}`, ['72000000-5'], { description: 'y'.repeat(1000) }),
    );
    const l = profileLine(supplier(many, [{ name: 'Big', country: 'SE', national_id: '1' }]), catalogue);
    expect(l.description.length).toBeLessThanOrEqual(PROFILE_LIMITS.description);
    expect(l.offerings).toHaveLength(30);
    expect(l.offerings.every((o) => o.length <= PROFILE_LIMITS.offering)).toBe(true);
  });

  it('removes control characters that profile validation refuses', () => {
    const text = capabilityText([award('c', 'Rad\u0000ett\tTvå', ['72000000-5'])]);
    expect(text.startsWith('Rad ett Två')).toBe(true);
  });

  it('ranks CPV codes by how many awards carry them', () => {
    expect(rankedCpvCodes([award('x', 't', ['72000000-5']), award('y', 't', ['72000000', '30200000-1'])], catalogue)).toEqual([
      '72000000-5',
      '30200000-1',
    ]);
  });
});

describe('evalNeed', () => {
  it('keeps existing CPV codes and the buyer NUTS, else the buyer country', () => {
    const n = award('q', 'Behov', ['72000000-5', '12345678-0'], { region: 'SE232' });
    expect(needCpvCodes(n, catalogue)).toEqual(['72000000-5']);
    expect(needRegions(n, catalogue)).toEqual(['SE232']);
    expect(needRegions({ region: null, buyer_country: 'pl' }, catalogue)).toEqual(['PL']);
  });

  it('matches the notice in its own language with title and description', () => {
    const need = evalNeed(award('q', 'Lieferung von Software', ['72000000-5'], { language: 'DE', region: 'DE300' }), catalogue);
    expect(need).toMatchObject({ title: 'Lieferung von Software', language: 'de', regionCodes: ['DE300'], status: 'PUBLISHED' });
    expect(need.description).toBe('Beskrivning av Lieferung von Software');
  });
});

describe('import limits', () => {
  it('replaces an identity longer than the importer accepts by its digest and drops an implausible organization number', () => {
    const long = `IT:${'X'.repeat(300)}`;
    const l = profileLine(
      {
        identity: long,
        details: [{ name: 'X', country: 'IT', national_id: '1'.repeat(60) }],
        awards: [award('a', 'Servizi', ['72000000-5'])],
      },
      catalogue,
    );
    expect(l.externalId).toMatch(/^sha1:[0-9a-f]{40}$/);
    expect(l.organizationNumber).toBeUndefined();
  });
});
