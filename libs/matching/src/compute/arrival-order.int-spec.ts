import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { IndexNeedHandler, IndexNeedsHandler, IndexSupplierHandler, MeiliClient } from '@navet/search';
import { insertActor, insertNeed, insertSupplierProfile } from '@navet/testing';
import { createMatchingTestEnv, MatchingTestEnv, outboxPayloads } from '../test-support/matching-test-env';
import { ComputeForNeedService } from './compute-for-need.service';
import { ComputeForSupplierService } from './compute-for-supplier.service';
import { NeedRanker } from './need-ranker.service';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

/**
 * A need and a profile that arrive together are matched by two jobs, each searching the other's
 * index, often on two workers at once. Neither order of events may lose the pair: found by the
 * scale-out e2e on a busy Meilisearch, where 18 of 24 pairs (and once all 24) were never suggested.
 */
let env: MatchingTestEnv;
let ds: DataSource;
let buyer: Actor;
let n = 0;

const need = () =>
  insertNeed(ds, buyer, {
    title: `Laddning av elfordon för hemtjänsten ${++n}`,
    summary: 'Hemtjänstens elfordon behöver laddning vid baserna.',
    description: 'Hemtjänstens elfordon behöver laddning vid baserna. Laddning ska bokas i en app.',
    cpvCodes: ['34144900-7'],
    regionCodes: ['SE110'],
    focusAreas: ['TRANSPORT'],
  });

async function profile(): Promise<string> {
  const actor = await insertActor(ds, 'SUPPLIER', { name: `Laddbolaget ${++n} AB` });
  return insertSupplierProfile(ds, actor, {
    headline: 'Laddning av elfordon för kommuner',
    description: 'Vi bygger laddning av elfordon för kommunala fordonsflottor, med bokning i app.',
    cpvCodes: ['34144900-7'],
    regionCodes: ['SE1'],
    focusAreas: ['TRANSPORT'],
    contactEmail: 'kontakt@example.test',
  });
}

const indexProfile = (id: string) => env.app.get(IndexSupplierHandler).handle({ supplierId: id });
const suggested = async (needId: string): Promise<string[]> =>
  (
    (await ds.query(`SELECT supplier_id AS "supplierId" FROM matches WHERE need_id = $1 AND status = 'SUGGESTED'`, [needId])) as {
      supplierId: string;
    }[]
  ).map((r) => r.supplierId);

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  buyer = await insertActor(ds, 'BUYER', { name: 'Skalkommunen' });
});
afterAll(() => env?.close());

describe('a need and a profile arriving together', () => {
  it('announces a need for matching only once its document is searchable; a bulk batch announces nothing', async () => {
    const [single, bulk] = [await need(), await need()];
    await env.app.get(IndexNeedsHandler).handle({ needIds: [bulk] });
    await env.app.get(IndexNeedHandler).handle({ needId: single });
    const hit = await env.app
      .get(MeiliClient)
      .client.index(env.meili.needsIndexUid)
      .getDocuments({ filter: `id = "${single}"` });
    expect(hit.results).toHaveLength(1);
    expect(await outboxPayloads(ds, 'need.indexed')).toEqual([{ needId: single }]);
  });

  it('profile matched before the need is indexed: the need, matched after its indexing, finds the profile', async () => {
    const needId = await need();
    const supplierId = await profile();
    await indexProfile(supplierId);
    // The profile's own run cannot see a need the index does not hold yet.
    await env.app.get(ComputeForSupplierService).compute(supplierId);
    expect(await suggested(needId)).toEqual([]);
    await env.app.get(IndexNeedHandler).handle({ needId });
    await env.app.get(ComputeForNeedService).compute(needId);
    expect(await suggested(needId)).toEqual([supplierId]);
  });

  it('profile placed while the need is being ranked without it: the need run does not withdraw it', async () => {
    const needId = await need();
    await env.app.get(IndexNeedHandler).handle({ needId });
    const early = await profile();
    await indexProfile(early);
    const late = await profile();
    const ranker = env.app.get(NeedRanker);
    const rank = ranker.rank.bind(ranker);
    // The interleaving two workers produce: the need's ranking reads the index before the late profile is
    // in it; the late profile's own run then places it on the need before the need's run writes.
    const spy = jest.spyOn(ranker, 'rank').mockImplementationOnce(async (...args) => {
      const ranking = await rank(...args);
      await indexProfile(late);
      await env.app.get(ComputeForSupplierService).compute(late);
      expect(await suggested(needId)).toContain(late);
      return ranking;
    });
    try {
      await env.app.get(ComputeForNeedService).compute(needId);
    } finally {
      spy.mockRestore();
    }
    expect(await suggested(needId)).toEqual(expect.arrayContaining([early, late]));
  });
});
