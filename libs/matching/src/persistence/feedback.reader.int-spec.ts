import type { Actor } from '@navet/identity';
import { insertActor, insertMatch, insertMatchRating, MatchOverrides } from '@navet/testing';
import { createMatchingTestEnv, MatchingTestEnv, seedNeed, seedProfile } from '../test-support/matching-test-env';
import { feedbackCounts } from './feedback.reader';

// Creating a database and migrating take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let buyer: Actor;

const need = (cpv: string) => seedNeed(env, buyer, { title: `Behov ${cpv}`, cpvCodes: [cpv], regionCodes: ['SE110'] });
const profile = async (name: string) =>
  seedProfile(env, await insertActor(env.ds, 'SUPPLIER', { name }), {
    headline: name,
    cpvCodes: ['34144900-7'],
    regionCodes: ['SE1'],
  });
async function match(needId: string, supplierId: string, status: MatchOverrides['status'], rating?: boolean): Promise<void> {
  const id = await insertMatch(env.ds, needId, supplierId, { status, score: 0.5, explanation: 'test', criteriaVersion: 1 });
  if (rating !== undefined) await insertMatchRating(env.ds, id, buyer, rating);
}

beforeAll(async () => {
  env = await createMatchingTestEnv();
  buyer = await insertActor(env.ds, 'BUYER', { name: 'Solna stad' });
});

afterAll(async () => {
  await env?.close();
});

describe('feedbackCounts', () => {
  it('counts outcomes and ratings on other needs of the same CPV division, nothing else', async () => {
    const [asked, sibling, sibling2, otherDivision] = [
      await need('34144900-7'),
      await need('34100000-8'),
      await need('34110000-1'),
      await need('90910000-9'),
    ];
    const [a, b, c, d] = [await profile('A AB'), await profile('B AB'), await profile('C AB'), await profile('D AB')];
    await match(sibling, a, 'INTERESTED');
    await match(sibling2, a, 'DECLINED', false);
    await match(otherDivision, a, 'CONNECTED');
    await match(asked, a, 'CONNECTED', true); // the need itself: never learnt from
    await match(sibling, b, 'SUGGESTED', true); // untouched but rated
    await match(sibling, c, 'SUGGESTED'); // untouched, unrated: no outcome
    await match(sibling, d, 'CONNECTED', true);

    const counts = await feedbackCounts(env.ds, { id: asked, cpvCodes: ['34144900-7'] }, [a, b, c, d]);
    expect(counts.get(a)).toEqual({ positive: 1, negative: 2 });
    expect(counts.get(b)).toEqual({ positive: 1, negative: 0 });
    expect(counts.get(c)).toBeUndefined();
    expect(counts.get(d)).toEqual({ positive: 2, negative: 0 });
  });
});
