import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@navet/core';
import { ReferenceCatalogue } from '@navet/reference';
import { reasonOf } from './line-error';
import { detectSupplierFormat, parseSupplierLine } from './supplier-line';

const catalogue = ReferenceCatalogue.fromFiles();
const now = new Date('2025-06-01T00:00:00Z');
const tedLine = readFileSync(join(projectRoot(), 'data/demo/ted-suppliers.jsonl'), 'utf8').split('\n')[0]!;

const plain = {
  externalId: 'acme-1',
  organizationName: 'Acme Välfärdsteknik AB',
  organizationNumber: '556000-0001',
  headline: 'Digital tillsyn i hemtjänsten',
  description: 'Sensorer och larm för trygg hemtjänst.',
  cpvCodes: ['33195000-3'],
  regionCodes: ['SE110'],
  companySize: 'SMALL',
  contactEmail: 'Info@Acme.example',
};
const line = (o: object) => JSON.stringify(o);
const reasonFor = (text: string): string => {
  try {
    parseSupplierLine(text, 7, catalogue, now);
  } catch (e) {
    return reasonOf(e);
  }
  throw new Error('expected the line to be refused');
};

describe('supplier lines', () => {
  it('detects the TED and the plain format', () => {
    expect(detectSupplierFormat(JSON.parse(tedLine) as Record<string, unknown>)).toBe('ted');
    expect(detectSupplierFormat(plain)).toBe('plain');
    expect(detectSupplierFormat({ name: 'x' })).toBeNull();
  });

  it('maps a TED supplier record with the seed mapping and the ted-supplier source ref', () => {
    const c = parseSupplierLine(tedLine, 1, catalogue, now);
    const record = JSON.parse(tedLine) as { supplier_id: string; name: string };
    expect(c.format).toBe('ted');
    expect(c.sourceRef).toBe(`ted-supplier:${record.supplier_id}`);
    expect(c.organization.name).toBe(record.name);
    expect(c.fields.cpvCodes.length).toBeGreaterThan(0);
  });

  it('maps a plain line with defaults and normalised values', () => {
    const c = parseSupplierLine(line(plain), 3, catalogue, now);
    expect(c).toMatchObject({
      line: 3,
      format: 'plain',
      sourceRef: 'import:acme-1',
      organization: { name: 'Acme Välfärdsteknik AB', countryCode: 'SE', organizationNumber: '556000-0001', regionCode: 'SE110' },
    });
    expect(c.fields).toMatchObject({
      readiness: 'MARKET_READY',
      languages: ['sv'],
      discoverable: true,
      contactEmail: 'info@acme.example',
    });
  });

  it('gives a plain line without externalId no source ref (always a new profile)', () => {
    const { externalId: _omit, ...rest } = plain;
    expect(parseSupplierLine(line(rest), 1, catalogue, now).sourceRef).toBeNull();
  });

  it('refuses bad lines with a reason naming the field and never the value', () => {
    expect(reasonFor('{not json')).toMatch(/^invalid JSON/);
    expect(reasonFor(line({ name: 'Someone' }))).toMatch(/^unknown format/);
    expect(reasonFor(line({ ...plain, cpvCodes: ['99999999-9'] }))).toMatch(/^cpvCodes: /);
    expect(reasonFor(line({ ...plain, companySize: 'HUGE' }))).toMatch(/^companySize: /);
    expect(reasonFor(line({ ...plain, headline: 42 }))).toBe('headline: headline must be a string');
    expect(reasonFor(line({ ...plain, colour: 'red' }))).toMatch(/^colour: unknown field/);
    const email = reasonFor(line({ ...plain, contactEmail: 'anna.andersson at home' }));
    expect(email).toMatch(/^contactEmail: /);
    expect(email).not.toContain('anna');
    expect(reasonFor(line({ ...plain, regionCodes: ['anna.andersson@mail.example'] }))).not.toContain('anna');
  });

  it('refuses a TED record without a usable CPV code', () => {
    const record = { ...(JSON.parse(tedLine) as object), cpv: [{ code: 'nope', en: '', sv: '', count: 1 }] };
    expect(reasonFor(line(record))).toMatch(/^cpv: /);
  });
});
