import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@navet/core';
import { ReferenceCatalogue } from '@navet/reference';
import { reasonOf } from './line-error';
import { detectNeedFormat, parseNeedLine } from './need-line';

const catalogue = ReferenceCatalogue.fromFiles();
const now = new Date('2025-06-01T00:00:00Z');
const notices = readFileSync(join(projectRoot(), 'data/demo/ted-notices.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());

const plain = {
  externalId: 'need-1',
  buyerName: 'Testby kommun',
  buyerOrganizationNumber: '212000-0001',
  title: 'Digitala trygghetslarm',
  summary: 'Vi söker trygghetslarm för hemtjänsten.',
  description: 'Kommunen vill modernisera larmkedjan.',
  cpvCodes: ['33195000-3'],
  regionCodes: ['SE110'],
  dialogueDeadline: '2030-01-31T00:00:00Z',
  estimatedValueSek: 1500000,
};
const line = (o: object) => JSON.stringify(o);
const reasonFor = (text: string): string => {
  try {
    parseNeedLine(text, 2, catalogue, now);
  } catch (e) {
    return reasonOf(e);
  }
  throw new Error('expected the line to be refused');
};

describe('need lines', () => {
  it('detects the TED and the plain format', () => {
    expect(detectNeedFormat(JSON.parse(notices[0]!) as Record<string, unknown>)).toBe('ted');
    expect(detectNeedFormat(plain)).toBe('plain');
    expect(detectNeedFormat({ title: 'x' })).toBeNull();
  });

  it('maps a Swedish TED notice with the seed mapping, keeping its publication date', () => {
    const text = notices.find((n) => (JSON.parse(n) as { language: string }).language === 'sv')!;
    const notice = JSON.parse(text) as { id: string; date: string };
    const c = parseNeedLine(text, 1, catalogue, now);
    expect(c.sourceRef).toBe(`ted-notice:${notice.id}`);
    expect(c.publishedAt?.toISOString().slice(0, 10)).toBe(notice.date.slice(0, 10));
    expect(c.fields.language).toBe('sv');
  });

  it('maps a plain need with defaults; the buyer defaults to Sweden', () => {
    const c = parseNeedLine(line(plain), 4, catalogue, now);
    expect(c).toMatchObject({
      line: 4,
      sourceRef: 'import:need-1',
      publishedAt: null,
      buyer: { name: 'Testby kommun', countryCode: 'SE', organizationNumber: '212000-0001', regionCode: 'SE110' },
    });
    expect(c.fields).toMatchObject({ language: 'sv', readiness: 'NEEDS_ADAPTATION', estimatedValueSek: 1500000 });
    expect(c.fields.dialogueDeadline?.toISOString()).toBe('2030-01-31T00:00:00.000Z');
  });

  it('refuses bad lines with a reason naming the field', () => {
    expect(reasonFor('[1,2]')).toMatch(/^invalid JSON/);
    expect(reasonFor(line({ ...plain, title: 'x' }))).toMatch(/^title: /);
    expect(reasonFor(line({ ...plain, summary: undefined }))).toBe('summary: summary is required');
    expect(reasonFor(line({ ...plain, dialogueDeadline: '2001-01-01' }))).toMatch(/^dialogueDeadline: .*future/);
    expect(reasonFor(line({ ...plain, dialogueDeadline: 'soon' }))).toMatch(/^dialogueDeadline: /);
    expect(reasonFor(line({ ...plain, estimatedValueSek: -5 }))).toMatch(/^estimatedValueSek: /);
    expect(reasonFor(line({ ...plain, regionCodes: ['SE999'] }))).toMatch(/^regionCodes: /);
    expect(reasonFor(line({ ...plain, buyerCountryCode: 'Sweden' }))).toMatch(/^buyerCountryCode: /);
  });

  it('refuses a TED notice the mapping cannot use (no Swedish or English text)', () => {
    const notice = { ...(JSON.parse(notices[0]!) as object), language: 'de', title_en: null, description_en: null };
    expect(reasonFor(line(notice))).toMatch(/^title: TED notice has no Swedish or English text/);
  });
});
