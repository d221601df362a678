import { OutboxModule } from '@navet/outbox';
import { IndexNeedHandler, MeiliClient, NEED_INDEX_SETTINGS, SearchIndexingModule, waitForTask } from '@navet/search';
import { INestApplicationContext } from '@nestjs/common';
import { Actor } from '@navet/identity';
import { ReferenceModule } from '@navet/reference';
import { insertNeed, insertOrganization, insertUser, moduleContext, NeedOverrides } from '@navet/testing';
import { SavedSearchService } from '../services/saved-search.service';
import { NotificationsService } from '../services/notifications.service';
import { NotificationsTestEnv, startNotificationsTestEnv } from '../test-support/notifications-test-env';
import { SavedSearchHitsHandler } from './saved-search-hits.handler';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: NotificationsTestEnv;
let indexer: INestApplicationContext;
let hits: SavedSearchHitsHandler;
let buyerOrg: string;
let buyerActor: Actor;
let anna: Actor;
let bo: Actor;

const titlesFor = async (a: Actor): Promise<string[]> =>
  (await env.app.get(NotificationsService).list(a, false, 50))
    .filter((n) => n.type === 'SAVED_SEARCH_HIT')
    .map((n) => n.title)
    .sort();

async function supplierUser(name: string, email: string): Promise<Actor> {
  const org = await insertOrganization(env.ds, { name, kind: 'SUPPLIER' });
  return {
    userId: await insertUser(env.ds, org, { email }),
    organizationId: org,
    role: 'SUPPLIER',
  };
}

async function publish(title: string, opts: NeedOverrides = {}): Promise<string> {
  const id = await insertNeed(env.ds, buyerOrg, { ...opts, title });
  await indexer.get(IndexNeedHandler).handle({ needId: id });
  return id;
}

beforeAll(async () => {
  env = await startNotificationsTestEnv({});
  hits = env.app.get(SavedSearchHitsHandler);
  // The search lib's own indexer, on the same database and index prefix.
  indexer = await moduleContext(env.config, [ReferenceModule, OutboxModule, SearchIndexingModule], 2);
  const meili = indexer.get(MeiliClient);
  // Both processes' clients apply index settings once; let them do it before the patch below.
  await meili.ready();
  await env.app.get(MeiliClient).ready();
  // Saved-search confirmation filters the needs index by id; until the search lib declares it, add it here.
  if (!NEED_INDEX_SETTINGS.filterableAttributes?.includes('id')) {
    await waitForTask(
      meili.client
        .index(meili.needsIndexUid)
        .updateFilterableAttributes([...(NEED_INDEX_SETTINGS.filterableAttributes ?? []), 'id']),
    );
  }
  buyerOrg = await insertOrganization(env.ds, { name: 'Göteborgs stad', kind: 'PUBLIC_BUYER' });
  buyerActor = {
    userId: await insertUser(env.ds, buyerOrg, { email: 'inkop@goteborg.se' }),
    organizationId: buyerOrg,
    role: 'BUYER',
  };
  anna = await supplierUser('Elbuss AB', 'anna@elbuss.se');
  bo = await supplierUser('Skolmat AB', 'bo@skolmat.se');
  const saved = env.app.get(SavedSearchService);
  await saved.save(anna, {
    name: 'Elbussar i väst',
    query: 'elbussar',
    regionCodes: ['SE2'],
  });
  await saved.save(anna, { name: 'Fordon', cpvPrefixes: ['34'] });
  await saved.save(bo, {
    name: 'Skolmåltider',
    query: 'skolmåltider',
    focusAreas: ['FOOD'],
  });
  await saved.save(bo, {
    name: 'Allt i Göteborg',
    regionCodes: ['SE232'],
    focusAreas: ['EDUCATION'],
  });
  await saved.save(buyerActor, { name: 'Egna behov', query: 'elbussar' });
});

afterAll(async () => {
  // env.close() drops the indexes of the prefix too.
  await indexer?.close();
  await env?.close();
});

describe('saved-search hits for a published need', () => {
  it('alerts the users whose saved searches the search engine matches, once per user, never the buyer', async () => {
    const needId = await publish('Elbussar för stadstrafik', {
      cpvCodes: ['34144900-7'],
      regionCodes: ['SE232'],
      focusAreas: ['TRANSPORT'],
    });
    await hits.handle({ needId });
    await hits.handle({ needId });
    // Anna: text + region (SE2 contains SE232) and CPV 34 both match; one alert, from her older search.
    expect(await titlesFor(anna)).toEqual(['Bevakning "Elbussar i väst": Elbussar för stadstrafik']);
    // Bo: wrong words, and the region search wants EDUCATION.
    expect(await titlesFor(bo)).toEqual([]);
    expect(await titlesFor(buyerActor)).toEqual([]);
  });

  it('lets the engine decide the words (stemming and typos included) and the filters decide structure', async () => {
    const needId = await publish('Ekologiska skolmåltidr i Angered', {
      cpvCodes: ['15000000-8'],
      regionCodes: ['SE232'],
      focusAreas: ['FOOD'],
    });
    await hits.handle({ needId });
    expect(await titlesFor(bo)).toEqual(['Bevakning "Skolmåltider": Ekologiska skolmåltidr i Angered']);
    const elsewhere = await publish('Skolmåltider i Stockholm', {
      cpvCodes: ['15000000-8'],
      regionCodes: ['SE110'],
      focusAreas: ['TRANSPORT'],
    });
    await hits.handle({ needId: elsewhere });
    expect(await titlesFor(bo)).toHaveLength(1);
  });

  it('waits for the need to be indexed instead of missing text matches', async () => {
    const needId = await insertNeed(env.ds, buyerOrg, {
      title: 'Elbussar till skärgården',
      cpvCodes: ['60100000-9'],
      regionCodes: ['SE232'],
    });
    await expect(hits.handle({ needId })).rejects.toThrow('not in the search index yet');
    await indexer.get(IndexNeedHandler).handle({ needId });
    await hits.handle({ needId });
    expect(await titlesFor(anna)).toContain('Bevakning "Elbussar i väst": Elbussar till skärgården');
  });

  it('ignores needs that are not published', async () => {
    const draft = await insertNeed(env.ds, buyerOrg, {
      title: 'Elbussar utkast',
      status: 'DRAFT',
      regionCodes: ['SE232'],
    });
    await hits.handle({ needId: draft });
    expect(await titlesFor(anna)).not.toContain('Bevakning "Elbussar i väst": Elbussar utkast');
  });
});
