import { MeiliClient, SearchService } from '@navet/search';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { summarize } from './bilingual-recall';
import { indexDemoDocuments, runQuerySet, topKeys } from './bilingual-run';
import { demoDocuments, TESTER_NEED_KEY } from './demo-documents';
import { BILINGUAL_QUERIES } from './query-set';

// Indexing the 3,700 demo documents takes tens of seconds on a busy machine; this only bounds a hang.
jest.setTimeout(300_000);

const docs = demoDocuments();
let services: IsolatedServices;
let search: SearchService;

beforeAll(async () => {
  services = await isolatedServices({ database: 'none' });
  const meili = new MeiliClient(services.config());
  search = new SearchService(meili);
  await indexDemoDocuments(meili, docs);
});

afterAll(() => services?.close());

const needs = (query: string) => topKeys(search, docs, 'needs', query);

describe('search on the demo data, as the tester tried it', () => {
  it('"EV charging" finds the charging needs first, the Swedish one included', async () => {
    const top = await needs('EV charging');
    expect(top.slice(0, 3).sort()).toEqual(
      ['demo-need:hemtjanst-laddning', 'ted-notice:TED-00406430-2024', 'ted-notice:TED-012969-2017'].sort(),
    );
  });

  it('"electric vehicles" ranks the charging needs above the annual plan', async () => {
    const top = await needs('electric vehicles');
    expect(top[0]).not.toBe('ted-notice:TED-075731-2019');
    expect(top.slice(0, 3)).toEqual(expect.arrayContaining(['demo-need:hemtjanst-laddning', 'ted-notice:TED-012969-2017']));
  });

  it('"nursing home monitoring" finds the Swedish elder-care need first', async () => {
    expect((await needs('nursing home monitoring'))[0]).toBe(TESTER_NEED_KEY);
  });

  it('finds most of the bilingual query set on the first page (npm run measure:bilingual reports it)', async () => {
    const outcomes = await runQuerySet(search, docs, BILINGUAL_QUERIES);
    expect(summarize(outcomes).meanRecall).toBeGreaterThanOrEqual(0.8);
    expect(summarize(outcomes.filter((o) => o.query.index === 'suppliers')).hitRate).toBeGreaterThanOrEqual(0.7);
  });
});
