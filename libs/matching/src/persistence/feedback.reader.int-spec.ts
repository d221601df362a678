import { newId } from '@navet/core';
import type { Actor } from '@navet/identity';
import { createMatchingTestEnv, MatchingTestEnv, seedActor, seedNeed, seedProfile } from '../test-support/matching-test-env';
import { feedbackCounts } from './feedback.reader';

// Creating a database and migrating take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: MatchingTestEnv;
let buyer: Actor;

const need = (cpv: string) => seedNeed(env, buyer, { title: `Behov ${cpv}`, cpvCodes: [cpv], regionCodes: ['SE110'] });
const profile = async (name: string) =>
  seedProfile(env, await seedActor(env.ds, 'SUPPLIER', name), { headline: name, cpvCodes: ['34144900-7'], regionCodes: ['SE1'] });
async function match(needId: string, supplierId: string, status: string, rating?: boolean): Promise<void> {
  const id = newId();
  await env.ds.query(
    `INSERT INTO matches (id, need_id, supplier_id, status, score, components, explanation, criteria_version, origin)
     VALUES ($1, $2, $3, $4, 0.5, '[]', 'test', 1, 'MATCHER')`,
    [id, needId, supplierId, status],
  );
  if (rating !== undefined)
    await env.ds.query(`INSERT INTO match_ratings (match_id, organization_id, relevant) VALUES ($1, $2, $3)`, [
      id,
      buyer.organizationId,
      rating,
    ]);
}

beforeAll(async () => {
  env = await createMatchingTestEnv();
  buyer = await seedActor(env.ds, 'BUYER', 'Solna stad');
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
