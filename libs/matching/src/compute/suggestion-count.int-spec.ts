import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { insertActor } from '@navet/testing';
import { DEFAULT_CRITERIA, MatchCriteriaValues } from '../domain/criteria';
import { selectSuggestions } from '../domain/selection';
import { loadMatchNeed, MatchNeed } from '../persistence/match-need.reader';
import { createMatchingTestEnv, MatchingTestEnv, seedNeed, seedProfile } from '../test-support/matching-test-env';
import { NeedRanker } from './need-ranker.service';
import { SuggestionCounter } from './suggestion-count.service';

// Creating a database, migrating and indexing take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let ds: DataSource;
let need: MatchNeed;

async function supplier(name: string, p: { headline: string; description?: string; cpvCodes: string[]; regionCodes?: string[] }) {
  const actor: Actor = await insertActor(ds, 'SUPPLIER', { name });
  await seedProfile(env, actor, { regionCodes: ['SE110'], focusAreas: ['HEALTH_AND_CARE'], ...p });
}

beforeAll(async () => {
  env = await createMatchingTestEnv();
  ds = env.ds;
  const buyer = await insertActor(ds, 'BUYER', { name: 'Stockholms stad' });
  const id = await seedNeed(env, buyer, {
    title: 'Digital tillsyn nattetid i hemtjänsten för äldre',
    description:
      'Äldre brukare i hemtjänsten behöver digital tillsyn nattetid med kamera eller sensorer och larm till nattpatrullen.',
    cpvCodes: ['85311100-3'],
    regionCodes: ['SE110'],
    focusAreas: ['HEALTH_AND_CARE'],
  });
  need = (await loadMatchNeed(ds, id))!;
  // Suggestible by codes alone, by text alone, by both, and neither (a stray word, another division).
  await supplier('Omsorgspartner AB', { headline: 'Personlig assistans', cpvCodes: ['85300000-2'] });
  await supplier('Hemtjänst Nord AB', {
    headline: 'Hemtjänst och äldreomsorg',
    cpvCodes: ['85311100-3'],
    regionCodes: ['SE332'],
  });
  await supplier('Nattsyn AB', {
    headline: 'Digital tillsyn nattetid i hemtjänsten med kamera och sensorer',
    description: 'Digital tillsyn nattetid för äldre: kamera, sensorer och larm till nattpatrullen.',
    cpvCodes: ['32323500-8'],
  });
  await supplier('Trygghetslarm AB', {
    headline: 'Trygghetslarm och digital tillsyn för äldre',
    description: 'Larm och tillsyn nattetid i hemtjänsten.',
    cpvCodes: ['85311000-2'],
  });
  await supplier('Strålsäker AB', {
    headline: 'Hantering av radioaktivt material',
    description: 'Vi transporterar radioaktivt avfall, även för äldreboenden.',
    cpvCodes: ['24000000-4'],
  });
});

afterAll(async () => {
  await env?.close();
});

describe('SuggestionCounter', () => {
  const exact = async (n: MatchNeed, criteria: MatchCriteriaValues) =>
    selectSuggestions((await env.app.get(NeedRanker).rank(n, criteria)).ranked, criteria).length;

  it('counts what the matcher would select, with codes and without, under the cap and at it', async () => {
    const counter = env.app.get(SuggestionCounter);
    const cases: [MatchNeed, MatchCriteriaValues][] = [];
    for (const n of [need, { ...need, cpvCodes: [] }]) {
      for (const over of [
        {},
        { maxSuggestionsPerNeed: 1 },
        { maxSuggestionsPerNeed: 2 },
        { minScore: 0.4 },
        { minScore: 0.95 },
      ]) {
        cases.push([n, { ...DEFAULT_CRITERIA, ...over }]);
      }
    }
    const counted = await Promise.all(cases.map(([n, c]) => counter.count(n, c)));
    const expected = await Promise.all(cases.map(([n, c]) => exact(n, c)));
    expect(counted).toEqual(expected);
    // The fixture covers the interesting cases: several suggestible, some not, with codes and without.
    expect(expected[0]).toBeGreaterThanOrEqual(3);
    expect(expected[1]).toBe(1);
    expect(expected[5]).toBeGreaterThanOrEqual(1);
  });
});
