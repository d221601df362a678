import { ReferenceCatalogue } from '@navet/reference';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { MeiliClient } from '../client/meili-client.service';
import { NEED_OWN_TEXT_ATTRIBUTES, SUPPLIER_OWN_TEXT_ATTRIBUTES } from '../client/index-settings';
import { waitForTask } from '../client/meili-task';
import { NeedDocument, NeedSource, toNeedDocument } from '../documents/need-document';
import { SupplierDocument, SupplierSource, toSupplierDocument } from '../documents/supplier-document';
import { multiSearchOwnTexts } from './own-text-search';
import { SearchService } from './search.service';

const catalogue = ReferenceCatalogue.fromFiles();
jest.setTimeout(60_000);

let n = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function need(language: string, title: string, summary: string, cpvCodes: string[]): NeedDocument {
  const at = new Date(Date.UTC(2025, 0, n + 1));
  const source: NeedSource = {
    id: uuid(),
    buyerOrganizationId: '00000000-0000-4000-8000-0000000000b1',
    title,
    summary,
    description: '',
    desiredOutcomes: [],
    language,
    cpvCodes,
    regionCodes: ['SE'],
    focusAreas: [],
    readiness: 'MARKET_READY',
    stage: 'MARKET_DIALOGUE',
    estimatedValueSek: null,
    dialogueDeadline: null,
    publishedAt: at,
    updatedAt: at,
    version: 1,
  };
  return toNeedDocument(source, 'Kommunen', catalogue);
}

function supplier(headline: string, description: string, cpvCodes: string[]): SupplierDocument {
  const source: SupplierSource = {
    id: uuid(),
    organizationId: uuid(),
    headline,
    description,
    offerings: [],
    cpvCodes,
    regionCodes: ['SE'],
    focusAreas: [],
    companySize: 'SMALL',
    readiness: 'MARKET_READY',
    references: [],
    languages: [],
    updatedAt: new Date(Date.UTC(2025, 0, 1)),
    version: 1,
  };
  return toSupplierDocument(source, 'Bolaget AB', catalogue);
}

const elderCare = need('sv', 'Digital tillsyn av äldreboenden', 'Trygg tillsyn nattetid med sensorer.', ['85311100-3']);
const evCharging = need('sv', 'Laddning av elbilar för hemtjänsten', 'Bilarna ska vara laddade när passet börjar.', [
  '34144900-7',
]);
const chargingStations = need('en', 'Charging stations for electric vehicles', 'Public charging at libraries.', ['31158000-8']);
const foodWaste = need('en', 'Less food waste in school canteens', 'Schools throw away a fifth of the food.', ['55524000-9']);
const roads = need('sv', 'Beläggning av vägar', 'Asfaltering av kommunala gator.', ['45233220-7']);

const swedishSensors = supplier('Sensorer för nattillsyn på äldreboenden', 'Vi installerar larm och sensorer.', ['33100000-1']);
const englishCharging = supplier('Smart charging for municipal fleets', 'We install and run chargers.', ['31158000-8']);

let services: IsolatedServices;
let search: SearchService;

beforeAll(async () => {
  services = await isolatedServices({ database: 'none' });
  const meili = new MeiliClient(services.config());
  search = new SearchService(meili);
  await meili.ensureIndexes();
  await waitForTask(
    meili.client.index(meili.needsIndexUid).addDocuments([elderCare, evCharging, chargingStations, foodWaste, roads]),
  );
  await waitForTask(meili.client.index(meili.suppliersIndexUid).addDocuments([swedishSensors, englishCharging]));
});

afterAll(() => services?.close());

const needIds = async (query: string): Promise<string[]> =>
  (await search.searchNeeds({ query, page: 1, pageSize: 10 })).hits.map((h) => h.id);
const supplierIds = async (query: string): Promise<string[]> =>
  (await search.searchSuppliers({ query, page: 1, pageSize: 10 })).hits.map((h) => h.id);

describe('Swedish <-> English search (real Meilisearch)', () => {
  it('finds a Swedish need with an English query: "nursing home monitoring" -> "Digital tillsyn av äldreboenden"', async () => {
    expect(await needIds('nursing home monitoring')).toEqual([elderCare.id]);
  });

  it('finds English needs with a Swedish query, å/ä/ö and all', async () => {
    expect(await needIds('laddstationer')).toEqual(expect.arrayContaining([chargingStations.id]));
    expect(await needIds('matsvinn')).toEqual([foodWaste.id]);
  });

  it('finds the charging needs of both languages for "EV charging", and nothing else', async () => {
    expect((await needIds('EV charging')).sort()).toEqual([evCharging.id, chargingStations.id].sort());
  });

  it('finds profiles across the languages both ways', async () => {
    expect(await supplierIds('laddning')).toEqual([englishCharging.id]);
    expect(await supplierIds('nursing homes')).toEqual([swedishSensors.id]);
  });

  it('still finds a need by its CPV labels in either language', async () => {
    expect(await needIds('vägar')).toEqual([roads.id]);
    expect(await needIds('roads')).toEqual([roads.id]);
  });
});

describe('multiSearchOwnTexts (the matcher’s searches)', () => {
  it('leaves equivalentTerms out: an English word does not find a Swedish profile through its translations', async () => {
    const meili = new MeiliClient(services.config());
    const [own] = await multiSearchOwnTexts<{ id: string }>(
      meili.client,
      [{ indexUid: meili.suppliersIndexUid, q: 'nursing' }],
      SUPPLIER_OWN_TEXT_ATTRIBUTES,
    );
    expect(own!.hits).toEqual([]);
    expect(await supplierIds('nursing')).toEqual([swedishSensors.id]);
  });

  it('searches an index without documents too (Meilisearch then refuses attributesToSearchOn)', async () => {
    const empty = new MeiliClient(services.config({ NAVET_SEARCH_PREFIX: `${services.searchPrefix}empty_` }));
    await empty.ensureIndexes();
    const results = await multiSearchOwnTexts(
      empty.client,
      [{ indexUid: empty.needsIndexUid, q: 'laddning' }],
      NEED_OWN_TEXT_ATTRIBUTES,
    );
    expect(results[0]!.hits).toEqual([]);
  });
});
