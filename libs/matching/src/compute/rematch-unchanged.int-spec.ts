import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { insertActor } from '@navet/testing';
import { MatchCriteriaService } from '../criteria/match-criteria.service';
import { DEFAULT_CRITERIA } from '../domain/criteria';
import { createMatchingTestEnv, MatchingTestEnv, seedNeed, seedProfile } from '../test-support/matching-test-env';
import { ComputeForNeedService } from './compute-for-need.service';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let ds: DataSource;
let admin: Actor;
let need: string;

interface StoredMatch {
  supplierId: string;
  score: number;
  components: { signal: string; value: number; contribution: number; detail: string }[];
  explanation: string;
}

const stored = async (): Promise<StoredMatch[]> =>
  (await ds.query(
    `SELECT supplier_id AS "supplierId", score::float8 AS score, components, explanation FROM matches
      WHERE need_id = $1 AND status <> 'WITHDRAWN' ORDER BY score DESC, supplier_id`,
    [need],
  )) as StoredMatch[];

/** The transaction that last wrote the need's candidate row (an UPDATE changes it). */
const candidateRowVersion = async (): Promise<string> =>
  ((await ds.query(`SELECT xmin::text AS v FROM need_candidates WHERE need_id = $1`, [need])) as { v: string }[])[0]!.v;

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  admin = await insertActor(ds, 'ADMIN');
  need = await seedNeed(env, await insertActor(ds, 'BUYER', { name: 'Solna stad' }), {
    title: 'Laddning av elfordon för hemtjänsten',
    description: 'Hemtjänstens elfordon behöver laddning vid baserna i Solna.',
    cpvCodes: ['34144900-7', '31158100-9'],
    regionCodes: ['SE110'],
    focusAreas: ['TRANSPORT'],
  });
  const profiles: [string, string[], string[]][] = [
    ['Laddning av elfordon för kommuner', ['34144900-7'], ['SE110']],
    ['Elbussar och laddning', ['34144910-0'], ['SE121']],
    ['Laddstolpar och service', ['31158100-9'], ['SE11']],
    ['Transporter med elfordon', ['60100000-9'], ['SE110']],
    ['Kontorsmöbler', ['39130000-2'], ['SE232']],
  ];
  for (const [headline, cpvCodes, regionCodes] of profiles)
    await seedProfile(env, await insertActor(ds, 'SUPPLIER', { name: `${headline} AB` }), {
      headline,
      cpvCodes,
      regionCodes,
      focusAreas: ['TRANSPORT'],
    });
});

afterAll(async () => {
  await env?.close();
});

describe('ranking without words, explaining the stored pairs', () => {
  it('stores every suggestion explained: details per component, one sentence, score = sum of contributions', async () => {
    expect((await env.app.get(ComputeForNeedService).compute(need)).outcome).toBe('computed');
    const matches = await stored();
    expect(matches.length).toBeGreaterThanOrEqual(3);
    for (const m of matches) {
      expect(m.explanation).toMatch(/matchning/);
      expect(m.components).toHaveLength(6);
      for (const c of m.components) expect(c.detail).not.toBe('');
      expect(m.score).toBeCloseTo(
        m.components.reduce((a, c) => a + c.contribution, 0),
        4,
      );
    }
  });

  it('re-matching after a criteria change with the same values stores exactly what generating the candidates stored', async () => {
    const before = await stored();
    const row = await candidateRowVersion();
    await env.app.get(MatchCriteriaService).update(
      admin,
      {
        weights: DEFAULT_CRITERIA.weights,
        minScore: DEFAULT_CRITERIA.minScore,
        maxSuggestionsPerNeed: DEFAULT_CRITERIA.maxSuggestionsPerNeed,
      },
      false,
    );
    expect((await env.app.get(ComputeForNeedService).compute(need)).outcome).toBe('computed');
    expect(await stored()).toEqual(before);
    // The candidates did not change: their row is left as it was.
    expect(await candidateRowVersion()).toBe(row);
  });
});
