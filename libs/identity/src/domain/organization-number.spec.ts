import { luhnCheckDigit, normalizeOrganizationNumber, organizationNumberOrNull } from './organization-number';

const valueOf = (country: string, raw: string) => {
  const r = normalizeOrganizationNumber(country, raw);
  return r.ok ? r.value : `invalid: ${r.reason}`;
};

describe('organization numbers', () => {
  it('computes the Luhn check digit of a Swedish organisationsnummer', () => {
    expect(luhnCheckDigit('559175708')).toBe(2);
    expect(luhnCheckDigit('212000000')).toBe(1);
    expect(luhnCheckDigit('556036079')).toBe(3);
  });

  it('gives every spelling of one Swedish number the same stored form', () => {
    const spellings = [
      '559175-7082',
      '5591757082',
      '165591757082',
      '16559175-7082',
      ' 559175 7082 ',
      'SE559175708201',
      'se 5591757082 01',
    ];
    for (const s of spellings) expect({ s, v: valueOf('SE', s) }).toEqual({ s, v: '559175-7082' });
    // A sole trader's number is the owner's personnummer, written with or without the century.
    expect(valueOf('SE', '19811218-9876')).toBe('811218-9876');
    expect(valueOf('se', '811218-9876')).toBe('811218-9876');
  });

  it('refuses Swedish numbers with a wrong check digit or length', () => {
    for (const bad of ['559175-7083', '559175-708', '55917570822', '175591757082', 'ABCDEF-1234', '556123-1234', '']) {
      expect({ bad, ok: normalizeOrganizationNumber('SE', bad).ok }).toEqual({ bad, ok: false });
    }
    expect(valueOf('SE', '559175-7083')).toMatch(/organisationsnummer/);
  });

  it('checks Norwegian and Finnish numbers with their mod-11 digit', () => {
    expect(valueOf('NO', '923 609 016')).toBe('923609016');
    expect(valueOf('NO', 'NO923609016MVA')).toBe('923609016');
    expect(normalizeOrganizationNumber('NO', '923609017').ok).toBe(false);
    expect(valueOf('FI', '0112038-9')).toBe('0112038-9');
    expect(valueOf('FI', 'FI01120389')).toBe('0112038-9');
    expect(normalizeOrganizationNumber('FI', '0112038-8').ok).toBe(false);
  });

  it('knows the shapes of Danish, German, French, Belgian, Dutch and Spanish numbers', () => {
    expect(valueOf('DK', 'DK 12 34 56 78')).toBe('12345678');
    expect(normalizeOrganizationNumber('DK', '1234567').ok).toBe(false);
    expect(valueOf('DE', 'DE123456789')).toBe('123456789');
    expect(normalizeOrganizationNumber('DE', 'HRB 12345').ok).toBe(false);
    expect(valueOf('FR', '732 829 320')).toBe('732829320');
    expect(valueOf('FR', 'FR44732829320')).toBe('732829320');
    expect(normalizeOrganizationNumber('FR', '732829321').ok).toBe(false);
    expect(valueOf('BE', '0403.170.701')).toBe('0403170701');
    expect(normalizeOrganizationNumber('BE', '0403.170.702').ok).toBe(false);
    expect(valueOf('NL', '12345678')).toBe('12345678');
    expect(valueOf('NL', 'NL123456789B01')).toBe('123456789B01');
    expect(valueOf('ES', 'B-12345678')).toBe('B12345678');
    expect(normalizeOrganizationNumber('ES', '123').ok).toBe(false);
  });

  it('accepts a generic identifier for countries without a known format', () => {
    expect(valueOf('CH', 'CHE-123.456.789')).toBe('CHE123456789');
    expect(normalizeOrganizationNumber('CH', 'ABCDEF').ok).toBe(false);
    expect(normalizeOrganizationNumber('CH', 'X').ok).toBe(false);
    expect(normalizeOrganizationNumber('CH', '1'.repeat(21)).ok).toBe(false);
  });

  it('turns invalid or empty numbers of bulk sources into null', () => {
    expect(organizationNumberOrNull('SE', '5591757082')).toBe('559175-7082');
    expect(organizationNumberOrNull('SE', '5591757083')).toBeNull();
    expect(organizationNumberOrNull('SE', '  ')).toBeNull();
    expect(organizationNumberOrNull('SE', null)).toBeNull();
  });
});
