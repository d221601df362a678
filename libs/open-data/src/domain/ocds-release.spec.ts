import type { NeedVersion } from '@navet/needs';
import { ocdsPackageErrors } from '../../../../test/open-data/ocds-validator';
import { ocdsCpvId, OcdsLabels, toOcdsRelease, toReleasePackage } from './ocds-release';

const NEED = '5f0c7a52-6a43-4c1e-9a43-6c0b1f3a9e01';
const LEAD = {
  id: '0b7e3c1a-2d4f-4a8b-9c6d-1e2f3a4b5c6d',
  name: 'Umeå kommun',
  countryCode: 'SE',
  organizationNumber: '212000-2627',
};
const MEMBER = {
  id: '9d1f6b2e-3c4a-4e5f-8a7b-6c5d4e3f2a1b',
  name: 'Skellefteå kommun',
  countryCode: 'SE',
  organizationNumber: null,
};
const labels: OcdsLabels = {
  cpv: (code, language) => ({ '34144900-7': language === 'sv' ? 'Elfordon' : 'Electric vehicles' })[code] ?? null,
  region: (code) => ({ SE110: 'Stockholms län' })[code] ?? null,
};

const version = (over: Partial<NeedVersion> = {}): NeedVersion => ({
  needId: NEED,
  version: 2,
  releasedAt: new Date('2026-12-01T09:00:00.000Z'),
  buyerOrganizationId: LEAD.id,
  title: 'Laddning för hemtjänsten',
  summary: 'Bilarna behöver laddas där personalen arbetar.',
  description: 'Vi har 120 elbilar och saknar laddning.',
  desiredOutcomes: [],
  language: 'sv',
  cpvCodes: ['34144900-7'],
  regionCodes: ['SE110'],
  focusAreas: ['TRANSPORT'],
  readiness: 'MARKET_READY',
  estimatedValueSek: null,
  dialogueDeadline: null,
  status: 'PUBLISHED',
  stage: 'MARKET_DIALOGUE',
  publishedAt: new Date('2026-12-01T09:00:00.000Z'),
  closedAt: null,
  first: true,
  ...over,
});

const pkg = (...releases: ReturnType<typeof toOcdsRelease>[]) =>
  toReleasePackage(releases, {
    uri: 'https://navet.example/ocds/releases?limit=100',
    publisherUri: 'https://navet.example',
    next: null,
    now: new Date(),
  });

describe('OCDS releases of need versions', () => {
  it('maps a first publication to a planning release with ocid, buyer, rationale, CPV item and NUTS delivery region', () => {
    const r = toOcdsRelease(version(), [LEAD], labels, 'ocds-navet0');
    expect(r).toEqual({
      ocid: `ocds-navet0-${NEED}`,
      id: `ocds-navet0-${NEED}-v2`,
      date: '2026-12-01T09:00:00.000Z',
      tag: ['planning'],
      initiationType: 'tender',
      language: 'sv',
      parties: [
        {
          id: LEAD.id,
          name: 'Umeå kommun',
          identifier: { scheme: 'SE-BLV', id: '2120002627', legalName: 'Umeå kommun' },
          roles: ['buyer'],
        },
      ],
      buyer: { id: LEAD.id, name: 'Umeå kommun' },
      planning: { rationale: 'Vi har 120 elbilar och saknar laddning.' },
      tender: {
        id: NEED,
        title: 'Laddning för hemtjänsten',
        description: 'Bilarna behöver laddas där personalen arbetar.',
        status: 'planning',
        items: [
          {
            id: '1',
            description: 'Elfordon',
            classification: { scheme: 'CPV', id: '34144900', description: 'Elfordon' },
            deliveryLocations: [{ description: 'Stockholms län', gazetteer: { scheme: 'NUTS', identifiers: ['SE110'] } }],
            deliveryAddresses: [{ region: 'SE110', countryName: 'Sweden' }],
          },
        ],
        enquiryPeriod: { startDate: '2026-12-01T09:00:00.000Z' },
      },
    });
    expect(ocdsPackageErrors(pkg(r))).toEqual([]);
  });

  it('tags later versions planningUpdate, gives a closed need status withdrawn, the value in SEK and the dialogue period', () => {
    const r = toOcdsRelease(
      version({
        version: 5,
        first: false,
        status: 'CLOSED',
        closedAt: new Date('2026-12-03T10:00:00.000Z'),
        estimatedValueSek: 2_500_000,
        cpvCodes: ['34144900-7', '31158100-9'],
        regionCodes: ['SE110', 'SE2'],
      }),
      [LEAD],
      labels,
      'ocds-navet0',
    );
    expect(r).toMatchObject({ id: `ocds-navet0-${NEED}-v5`, tag: ['planningUpdate'] });
    expect(r.tender).toMatchObject({
      status: 'withdrawn',
      value: { amount: 2_500_000, currency: 'SEK' },
      enquiryPeriod: { startDate: '2026-12-01T09:00:00.000Z', endDate: '2026-12-03T10:00:00.000Z' },
    });
    expect(r.tender.items.map((i) => i.classification.id)).toEqual(['34144900', '31158100']);
    // Without a known label the description is left out rather than invented.
    expect(r.tender.items[1]).not.toHaveProperty('description');
    expect(r.tender.items[0]!.deliveryAddresses).toEqual([
      { region: 'SE110', countryName: 'Sweden' },
      { region: 'SE2', countryName: 'Sweden' },
    ]);
    expect(ocdsPackageErrors(pkg(r))).toEqual([]);
  });

  it('lists a buyer group as several buyers with the lead first, and only once each', () => {
    const r = toOcdsRelease(version(), [LEAD, MEMBER, LEAD], labels, 'ocds-navet0');
    expect(r.buyer).toEqual({ id: LEAD.id, name: 'Umeå kommun' });
    expect(r.parties.map((p) => [p.name, p.roles])).toEqual([
      ['Umeå kommun', ['buyer']],
      ['Skellefteå kommun', ['buyer']],
    ]);
    expect(r.parties[1]).not.toHaveProperty('identifier');
    expect(ocdsPackageErrors(pkg(r))).toEqual([]);
    expect(() => toOcdsRelease(version(), [], labels, 'ocds-navet0')).toThrow(/at least one buyer/);
  });

  it('uses English labels for English needs and drops CPV check digits', () => {
    const r = toOcdsRelease(version({ language: 'en' }), [LEAD], labels, 'ocds-navet0');
    expect(r.tender.items[0]!.classification).toEqual({ scheme: 'CPV', id: '34144900', description: 'Electric vehicles' });
    expect(ocdsCpvId('45000000-7')).toBe('45000000');
  });

  it('builds a package whose publishedDate is its newest release, with links.next only when given', () => {
    const a = toOcdsRelease(version(), [LEAD], labels, 'ocds-navet0');
    const b = toOcdsRelease(
      version({ version: 3, first: false, releasedAt: new Date('2026-12-02T09:00:00.000Z') }),
      [LEAD],
      labels,
      'ocds-navet0',
    );
    const p = toReleasePackage([a, b], {
      uri: 'https://navet.example/ocds/releases',
      publisherUri: 'https://navet.example',
      next: 'https://navet.example/ocds/releases?after=x',
      now: new Date(),
    });
    expect(p).toMatchObject({
      version: '1.1',
      publishedDate: '2026-12-02T09:00:00.000Z',
      publisher: { name: 'Navet' },
      links: { next: 'https://navet.example/ocds/releases?after=x' },
    });
    expect(ocdsPackageErrors(p)).toEqual([]);
    expect(pkg(a)).not.toHaveProperty('links');
  });

  it('is caught by the validator when a release breaks the schema (the check is real)', () => {
    const r = toOcdsRelease(version(), [LEAD], labels, 'ocds-navet0');
    expect(ocdsPackageErrors(pkg({ ...r, tag: ['notATag' as 'planning'] }))).not.toEqual([]);
    expect(ocdsPackageErrors({ ...pkg(r), publishedDate: 'yesterday' })).not.toEqual([]);
  });
});
