import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { insertActor } from '@navet/testing';
import { CriteriaEvaluationService } from '../criteria/criteria-evaluation.service';
import { DEFAULT_CRITERIA } from '../domain/criteria';
import { hasTopicalEvidence, TEXT_EVIDENCE_FLOOR } from '../domain/topical-evidence';
import { loadMatchNeed } from '../persistence/match-need.reader';
import { createMatchingTestEnv, MatchingTestEnv, seedNeed, seedProfile } from '../test-support/matching-test-env';
import { ComputeForNeedService } from './compute-for-need.service';
import { ComputeForSupplierService } from './compute-for-supplier.service';
import { NeedRanker } from './need-ranker.service';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let ds: DataSource;
let need: string;
const ids: Record<string, string> = {};

const storedSuppliers = async (): Promise<string[]> =>
  (await ds.query(`SELECT supplier_id AS "supplierId" FROM matches WHERE need_id = $1 AND status <> 'WITHDRAWN'`, [need])).map(
    (r: { supplierId: string }) => r.supplierId,
  );

async function supplier(key: string, actorName: string, p: { headline: string; description?: string; cpvCodes: string[] }) {
  const actor: Actor = await insertActor(ds, 'SUPPLIER', { name: actorName });
  ids[key] = await seedProfile(env, actor, { ...p, regionCodes: ['SE110'], focusAreas: ['HEALTH_AND_CARE'] });
}

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  const buyer = await insertActor(ds, 'BUYER', { name: 'Stockholms stad' });
  // The demo case: a Swedish elder-care need, in Stockholm.
  need = await seedNeed(env, buyer, {
    title: 'Digital tillsyn nattetid i hemtjänsten för äldre',
    description:
      'Äldre brukare i hemtjänsten behöver digital tillsyn nattetid med kamera eller sensorer, ' +
      'larm till nattpatrullen och journalföring. Lösningen ska fungera i ordinärt boende och på kommunens äldreboenden.',
    cpvCodes: ['85311100-3'],
    regionCodes: ['SE110'],
    focusAreas: ['HEALTH_AND_CARE'],
  });
  // Same region, focus area and readiness, one stray shared word, no shared CPV division: region fit only.
  await supplier('radioactive', 'Strålsäker AB', {
    headline: 'Hantering och transport av radioaktivt material',
    description: 'Vi hanterar, mäter och transporterar radioaktivt avfall och material, även för sjukhus och äldreboenden.',
    cpvCodes: ['24000000-4', '90520000-8'],
  });
  // Shared CPV division 85 (health and social work) without the need's words.
  await supplier('cpv', 'Omsorgspartner AB', { headline: 'Personlig assistans', cpvCodes: ['85300000-2'] });
  // Text evidence, CPV from another division.
  await supplier('text', 'Nattsyn AB', {
    headline: 'Digital tillsyn nattetid i hemtjänsten med kamera och sensorer',
    description: 'Digital tillsyn nattetid för äldre i hemtjänsten: kamera, sensorer, larm till nattpatrullen och journalföring.',
    cpvCodes: ['32323500-8'],
  });
});

afterAll(async () => {
  await env?.close();
});

describe('topical evidence', () => {
  it('lifts a region-only pair above minScore without evidence (the fixture is the real case)', async () => {
    const { ranked } = await env.app.get(NeedRanker).rank((await loadMatchNeed(ds, need))!, DEFAULT_CRITERIA);
    const radioactive = ranked.find((r) => r.supplierId === ids.radioactive)!;
    expect(radioactive.score).toBeGreaterThanOrEqual(DEFAULT_CRITERIA.minScore);
    expect(radioactive.components.find((c) => c.signal === 'CPV')!.value).toBe(0);
    expect(radioactive.components.find((c) => c.signal === 'TEXT')!.value).toBeLessThan(TEXT_EVIDENCE_FLOOR);
    expect(hasTopicalEvidence(radioactive.components)).toBe(false);
  });

  it('compute-for-need stores the CPV- and text-evidenced pairs, not the region-only one', async () => {
    await env.app.get(ComputeForNeedService).compute(need);
    const stored = await storedSuppliers();
    expect(stored).toEqual(expect.arrayContaining([ids.cpv, ids.text]));
    expect(stored).not.toContain(ids.radioactive);
  });

  it('compute-for-supplier does not place the region-only profile on the need either', async () => {
    const result = await env.app.get(ComputeForSupplierService).compute(ids.radioactive!);
    expect(result.outcome).toBe('computed');
    expect(result.inserted).toEqual([]);
    expect(await storedSuppliers()).not.toContain(ids.radioactive);
  });

  it('every stored suggestion carries topical evidence', async () => {
    const rows: { components: { signal: 'TEXT'; value: number }[] }[] = await ds.query(
      `SELECT components FROM matches WHERE status = 'SUGGESTED'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(hasTopicalEvidence(r.components)).toBe(true);
  });

  it('criteria evaluation ranks what the matcher would store: the region-only pair is not in it', async () => {
    // Label the region-only pair relevant: an evaluation that still ranked it would score a hit.
    await ds.query(
      `INSERT INTO matches (id, need_id, supplier_id, status, origin) VALUES (gen_random_uuid(), $1, $2, 'INTERESTED', 'SUPPLIER')`,
      [need, ids.radioactive],
    );
    const admin = await insertActor(ds, 'ADMIN');
    const evaluation = await env.app.get(CriteriaEvaluationService).evaluate(admin, {
      weights: { ...DEFAULT_CRITERIA.weights },
      minScore: DEFAULT_CRITERIA.minScore,
      maxSuggestionsPerNeed: DEFAULT_CRITERIA.maxSuggestionsPerNeed,
    });
    expect(evaluation.evaluatedNeeds).toBe(1);
    expect(evaluation.hitAt10).toBe(0);
  });
});
