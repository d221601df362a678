import { Meilisearch } from 'meilisearch';
import type { Session } from '@navet/testing';
import { OwnMeilisearch, ownMeilisearch } from './fault-services';
import {
  ALL_ZERO,
  buyerAndSuppliers,
  FaultStack,
  integrityCounts,
  publishNeed,
  reportFigures,
  resentUnderSameKey,
  startFaultStack,
  upsertProfile,
  waitFor,
} from './fault-support';

/**
 * How long Meilisearch stays down. The issue asks for 60 s (the README's table reports such a run:
 * FAULT_MEILI_OUTAGE_SECONDS=60 npm run test:faults); the default is shorter to keep the suite quick.
 * Index and matching jobs retry with backoff for about 2 minutes, so outages up to that are repaired
 * by the retries, and by the reconciler (every 5 s here) whatever they are.
 */
const OUTAGE_SECONDS = Number(process.env.FAULT_MEILI_OUTAGE_SECONDS ?? 15);
const WRITES_DURING_OUTAGE = 6;
const SUPPLIERS = 3;

const SEARCH = `query($q: String) { searchNeeds(query: $q, pageSize: 100) { totalHits hits { need { id } } } }`;

/** Documents in PostgreSQL (the truth) that the index lacks or holds at another version, and the reverse. */
async function searchDrift(stack: FaultStack, meili: OwnMeilisearch): Promise<number> {
  const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
  const prefix = stack.services.searchPrefix;
  const pairs: [string, string][] = [
    [`${prefix}needs`, `SELECT id, version FROM needs WHERE status = 'PUBLISHED'`],
    [`${prefix}suppliers`, `SELECT id, version FROM supplier_profiles WHERE discoverable`],
  ];
  let drift = 0;
  for (const [uid, sql] of pairs) {
    const truth = new Map((await stack.db.query<{ id: string; version: number }>(sql)).rows.map((r) => [r.id, r.version]));
    const { results } = await client.index<{ id: string; version: number }>(uid).getDocuments({
      fields: ['id', 'version'],
      limit: 10_000,
    });
    for (const doc of results) {
      if (truth.get(doc.id) !== doc.version) drift++;
      truth.delete(doc.id);
    }
    drift += truth.size;
  }
  return drift;
}

/**
 * The test's own Meilisearch stops while needs are published and a profile is edited, then comes
 * back: searches fail at once with a coded 503 instead of an internal error, writes keep working,
 * and afterwards the retried index jobs and the reconciler leave the index equal to PostgreSQL.
 */
describe(`fault: Meilisearch down for ${OUTAGE_SECONDS} s during writes`, () => {
  let meili: OwnMeilisearch;
  let stack: FaultStack;
  let buyer: Session;
  let suppliers: Session[];

  beforeAll(async () => {
    meili = await ownMeilisearch();
    stack = await startFaultStack({
      env: { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, RECONCILE_INTERVAL_SECONDS: '5' },
    });
    ({ buyer, suppliers } = await buyerAndSuppliers(stack, SUPPLIERS));
    for (let i = 0; i < 2; i++) await publishNeed(stack.gql, buyer, i);
    await stack.quiet();
  }, 300_000);

  afterAll(async () => {
    await stack?.close();
    await meili?.close();
  }, 120_000);

  it('answers searches with SEARCH_UNAVAILABLE (503), keeps writing, and leaves 0 drift after the restart', async () => {
    expect((await stack.gql.ok<{ searchNeeds: { totalHits: number } }>(SEARCH, { q: 'laddning' })).searchNeeds.totalHits).toBe(2);
    await meili.down();
    const outageStarted = Date.now();

    const searchStarted = Date.now();
    const refused = await stack.gql.request(SEARCH, { q: 'laddning' });
    const searchFailMs = Date.now() - searchStarted;
    expect({ status: refused.status, errors: refused.errors?.map((e) => e.extensions?.code) }).toEqual({
      status: 503,
      errors: ['SEARCH_UNAVAILABLE'],
    });

    // Writes spread over the outage: each lands in PostgreSQL and the outbox; its index job waits and retries.
    const written: string[] = [];
    for (let i = 0; i < WRITES_DURING_OUTAGE; i++) {
      written.push(await publishNeed(stack.gql, buyer, 10 + i));
      if (i === 0) await upsertProfile(stack.gql, suppliers[1]!, 200);
      const next = outageStarted + ((i + 1) * OUTAGE_SECONDS * 1000) / WRITES_DURING_OUTAGE;
      await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    }
    expect(written).toHaveLength(WRITES_DURING_OUTAGE);
    const stillRefused = await stack.gql.request(SEARCH, { q: 'laddning' });
    expect(stillRefused.errors?.[0]?.extensions?.code).toBe('SEARCH_UNAVAILABLE');
    const outageMs = Date.now() - outageStarted;

    await meili.up();
    const repaired = await waitFor(
      'index equal to PostgreSQL after the restart',
      async () => (await searchDrift(stack, meili)) === 0,
      180_000,
      () => stack.apps.logs(),
    );
    const drained = await waitFor(
      'all work done',
      async () => {
        await stack.quiet();
        return true;
      },
      180_000,
    );

    const found = await stack.gql.ok<{ searchNeeds: { totalHits: number } }>(SEARCH, { q: 'laddning' });
    const counts = await integrityCounts(stack);
    const drift = await searchDrift(stack, meili);
    reportFigures('meilisearch outage', {
      outageMs,
      searchFailMs,
      writesDuringOutage: WRITES_DURING_OUTAGE + 1,
      zeroDriftAfterRestartMs: repaired.ms,
      allWorkDoneMs: repaired.ms + drained.ms,
      drift,
      ...resentUnderSameKey(stack),
      ...counts,
    });
    expect(found.searchNeeds.totalHits).toBe(2 + WRITES_DURING_OUTAGE);
    expect(drift).toBe(0);
    expect(counts).toEqual(ALL_ZERO(counts));
  });
});
