import { ReferenceCatalogue } from '@navet/reference';
import { SupplierSource, toSupplierDocument } from './supplier-document';

const catalogue = ReferenceCatalogue.fromFiles();

const profile: SupplierSource = {
  id: '7f1d2c1e-0000-4000-8000-000000000002',
  organizationId: '7f1d2c1e-0000-4000-8000-0000000000c1',
  headline: 'Laddinfrastruktur för kommuner',
  description: 'Vi bygger laddplatser',
  offerings: ['Laddboxar', 'Drift'],
  cpvCodes: ['31158100-9'],
  regionCodes: ['SE'],
  focusAreas: ['ENERGY'],
  companySize: 'SMALL',
  readiness: 'MARKET_READY',
  references: [
    { title: 'Laddplatser', customer: 'Umeå kommun', year: 2023, description: '40 platser' },
    { title: 'Pilot', customer: 'Region Skåne', year: null, description: null },
  ],
  languages: ['sv', 'en'],
  updatedAt: new Date('2025-04-01T00:00:00Z'),
  version: 2,
};

describe('toSupplierDocument', () => {
  it('carries the other language’s words for headline, offerings, description and references', () => {
    const doc = toSupplierDocument(profile, 'Laddbolaget AB', catalogue);
    expect(doc.equivalentTerms).toEqual(expect.arrayContaining(['charging infrastructure', 'charging points', 'municipalities']));
  });

  it('makes references searchable as text and never copies the contact e-mail', () => {
    const doc = toSupplierDocument(
      { ...profile, contactEmail: 'secret@example.se' } as SupplierSource,
      'Laddbolaget AB',
      catalogue,
    );
    expect(doc.referencesText).toEqual(['Laddplatser. Umeå kommun. 40 platser', 'Pilot. Region Skåne']);
    expect(JSON.stringify(doc)).not.toContain('secret@example.se');
  });

  it('carries classification, size, organization and version', () => {
    const doc = toSupplierDocument(profile, 'Laddbolaget AB', catalogue);
    expect(doc).toMatchObject({
      id: profile.id,
      organizationId: profile.organizationId,
      organizationName: 'Laddbolaget AB',
      companySize: 'SMALL',
      languages: ['sv', 'en'],
      cpvDivisions: ['31'],
      regionPrefixes: ['SE'],
      version: 2,
      updatedAt: Date.parse('2025-04-01T00:00:00Z'),
    });
    expect(doc.cpvPrefixes).toEqual(expect.arrayContaining(['31', '311', '3115', '31158', '311581']));
    expect(doc.cpvLabelsSv.length).toBeGreaterThan(1);
  });
});
