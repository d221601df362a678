import { ReferenceCatalogue } from '@navet/reference';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { NeedDocument, NeedSource, toNeedDocument } from '../documents/need-document';
import { SearchService } from '../queries/search.service';
import { MeiliClient } from './meili-client.service';
import { waitForTask } from './meili-task';

const catalogue = ReferenceCatalogue.fromFiles();
// Index creation and settings tasks can outlast Jest's 5 s default on a busy machine; this only bounds a hang.
jest.setTimeout(60_000);

let services: IsolatedServices;
let meili: MeiliClient;
let search: SearchService;

let n = 0;
function doc(title: string, over: Partial<NeedSource> = {}): NeedDocument {
  n++;
  const source: NeedSource = {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    buyerOrganizationId: '00000000-0000-4000-8000-0000000000b1',
    title,
    summary: '',
    description: '',
    desiredOutcomes: [],
    language: 'sv',
    cpvCodes: ['90000000-7'],
    regionCodes: ['SE'],
    focusAreas: [],
    readiness: 'MARKET_READY',
    stage: 'MARKET_DIALOGUE',
    estimatedValueSek: null,
    dialogueDeadline: null,
    publishedAt: new Date(Date.UTC(2025, 0, n)),
    updatedAt: new Date(Date.UTC(2025, 0, n)),
    version: 1,
    ...over,
  };
  return toNeedDocument(source, 'Testkommunen', catalogue);
}

const eel = doc('Fiskevård för ål i sjön');
const alder = doc('Skötsel av al i parken');
const goal = doc('Gemensamma mål för skolan');
const moth = doc('Bekämpning av mal i arkivet');
const gothenburg = doc('Cykelvägar i Göteborg');
const cafe = doc('Kafé och café i biblioteket', { language: 'en' });

const ids = async (query: string): Promise<string[]> =>
  (await search.searchNeeds({ query, page: 1, pageSize: 20 })).hits.map((h) => h.id);

beforeAll(async () => {
  services = await isolatedServices({ database: 'none' });
  meili = new MeiliClient(services.config());
  search = new SearchService(meili);
  await meili.ensureIndexes();
  // Applying settings twice must be harmless (boot of every process does it).
  await meili.ensureIndexes();
  await waitForTask(meili.client.index(meili.needsIndexUid).addDocuments([eel, alder, goal, moth, gothenburg, cafe]));
});

afterAll(() => services?.close());

describe('Swedish text in the needs index', () => {
  it('keeps å, ä and ö as their own letters: "ål" (eel) and "al" (alder) are different words', async () => {
    expect(await ids('ål')).toEqual([eel.id]);
    expect(await ids('al')).toEqual([alder.id]);
    expect(await ids('mål')).toEqual([goal.id]);
    expect(await ids('mal')).toEqual([moth.id]);
  });

  it('still finds a long word typed without the dots, through typo tolerance', async () => {
    expect(await ids('Göteborg')).toEqual([gothenburg.id]);
    expect(await ids('Goteborg')).toEqual([gothenburg.id]);
  });

  it('folds other accents, so "cafe" finds "café"', async () => {
    expect(await ids('cafe')).toEqual([cafe.id]);
  });

  it('answers an empty query with every need, newest first', async () => {
    const result = await search.searchNeeds({ query: '  ', page: 1, pageSize: 2 });
    expect(result.totalHits).toBe(6);
    expect(result.hits.map((h) => h.id)).toEqual([cafe.id, gothenburg.id]);
  });

  it('reports itself healthy', async () => {
    expect(await meili.health()).toBe(true);
    expect(
      await new MeiliClient({
        meili: { url: 'http://127.0.0.1:1', masterKey: undefined, indexPrefix: 'x', timeoutMs: 1_000 },
      }).health(),
    ).toBe(false);
  });
});
