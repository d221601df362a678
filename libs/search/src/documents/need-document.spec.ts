import { ReferenceCatalogue } from '@navet/reference';
import { NeedSource, toNeedDocument } from './need-document';

const catalogue = ReferenceCatalogue.fromFiles();

const need = (over: Partial<NeedSource> = {}): NeedSource => ({
  id: '7f1d2c1e-0000-4000-8000-000000000001',
  buyerOrganizationId: '7f1d2c1e-0000-4000-8000-0000000000b1',
  title: 'Elektrifierade arbetsfordon',
  summary: 'Vi söker fordon',
  description: 'Lång beskrivning',
  desiredOutcomes: ['Mindre utsläpp'],
  language: 'sv',
  cpvCodes: ['34144900-7'],
  regionCodes: ['SE110'],
  focusAreas: ['TRANSPORT'],
  readiness: 'MARKET_READY',
  stage: 'MARKET_DIALOGUE',
  estimatedValueSek: null,
  dialogueDeadline: null,
  publishedAt: new Date('2025-03-01T10:00:00Z'),
  updatedAt: new Date('2025-03-02T10:00:00Z'),
  version: 3,
  ...over,
});

describe('toNeedDocument', () => {
  it('carries the other language’s words for its texts, so an English query finds a Swedish need', () => {
    const doc = toNeedDocument(
      need({ title: 'Laddning av elbilar', summary: 'Hemtjänsten', description: '' }),
      'Kommunen',
      catalogue,
    );
    expect(doc.equivalentTerms).toEqual(expect.arrayContaining(['charging', 'ev', 'electric vehicles', 'home care']));
    expect(doc.equivalentTerms).not.toContain('laddning');
  });

  it('labels the codes and their ancestors in both languages, so broader words find the need', () => {
    const doc = toNeedDocument(need(), 'Stockholms stad', catalogue);
    expect(doc.cpvLabelsSv).toEqual(
      expect.arrayContaining(['Elfordon', 'Motorfordon', 'Transportutrustning och transporthjälpmedel']),
    );
    expect(doc.cpvLabelsEn).toEqual(expect.arrayContaining(['Electric vehicles', 'Motor vehicles']));
  });

  it('indexes every leading-digit CPV prefix and the division of each code', () => {
    const doc = toNeedDocument(need({ cpvCodes: ['34144900-7', '72000000-5'] }), 'B', catalogue);
    expect(doc.cpvPrefixes).toEqual(
      expect.arrayContaining(['34', '341', '3414', '34144', '341449', '3414490', '34144900', '72']),
    );
    expect(doc.cpvPrefixes).not.toContain('3');
    expect(doc.cpvDivisions).toEqual(['34', '72']);
    expect(doc.cpvCodes).toEqual(['34144900-7', '72000000-5']);
  });

  it('indexes every NUTS prefix of each region once', () => {
    const doc = toNeedDocument(need({ regionCodes: ['SE110', 'SE121'] }), 'B', catalogue);
    expect(doc.regionCodes).toEqual(['SE110', 'SE121']);
    expect(doc.regionPrefixes).toEqual(['SE', 'SE1', 'SE11', 'SE110', 'SE12', 'SE121']);
  });

  it('carries buyer, version and epoch-millisecond dates for sorting and drift checks', () => {
    const doc = toNeedDocument(need(), 'Stockholms stad', catalogue);
    expect(doc).toMatchObject({
      id: '7f1d2c1e-0000-4000-8000-000000000001',
      buyerId: '7f1d2c1e-0000-4000-8000-0000000000b1',
      buyerName: 'Stockholms stad',
      title: 'Elektrifierade arbetsfordon',
      desiredOutcomes: ['Mindre utsläpp'],
      language: 'sv',
      focusAreas: ['TRANSPORT'],
      readiness: 'MARKET_READY',
      version: 3,
      publishedAt: Date.parse('2025-03-01T10:00:00Z'),
      updatedAt: Date.parse('2025-03-02T10:00:00Z'),
    });
  });

  it('falls back to updatedAt when publishedAt is missing, so newest-first sorting has a value', () => {
    expect(toNeedDocument(need({ publishedAt: null }), 'B', catalogue).publishedAt).toBe(Date.parse('2025-03-02T10:00:00Z'));
  });

  it('carries stage, the full value and the deadline for filters and sorting', () => {
    const deadline = new Date('2026-06-30T00:00:00Z');
    const doc = toNeedDocument(
      need({ estimatedValueSek: 5_000_000_000, dialogueDeadline: deadline, stage: 'PROCUREMENT' }),
      'B',
      catalogue,
    );
    expect(doc).toMatchObject({ estimatedValueSek: 5_000_000_000, dialogueDeadline: deadline.getTime(), stage: 'PROCUREMENT' });
    expect(toNeedDocument(need(), 'B', catalogue)).toMatchObject({ estimatedValueSek: null, dialogueDeadline: null });
  });
});
