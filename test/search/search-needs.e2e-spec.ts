import { createAdmin, createTestEnv, login, Session, TestEnv, verifiedBuyer } from '@navet/testing';
import {
  CLOSE_NEED,
  createNeed,
  hitIds,
  nonsenseWord,
  PUBLISH_NEED,
  publishedNeed,
  searchNeeds,
  UPDATE_NEED,
} from './search-fixtures';

/** Needs enter and leave the search index as they are published, changed and closed. */
describe('searchNeeds: what gets indexed and found (e2e)', () => {
  let env: TestEnv;
  let admin: Session;
  let buyer: Session;

  beforeAll(async () => {
    env = await createTestEnv();
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
    buyer = await verifiedBuyer(env, admin, 'Sökkommun');
  });
  afterAll(() => env.close());

  it('finds a published need by a title word, anonymously, with a ranking score in [0,1]', async () => {
    const word = nonsenseWord();
    const id = await publishedNeed(env, buyer, { title: `Laddning av elfordon ${word}` });
    await env.drain();
    const result = await searchNeeds(env, { query: word });
    expect(result.totalHits).toBe(1);
    expect(result.hits).toEqual([
      { rankingScore: expect.any(Number), need: expect.objectContaining({ id, status: 'PUBLISHED' }) },
    ]);
    expect(result.hits[0]!.rankingScore).toBeGreaterThan(0);
    expect(result.hits[0]!.rankingScore).toBeLessThanOrEqual(1);
  });

  it('finds a need by the Swedish and English labels of its CPV code even when its text never says them', async () => {
    const quiet = await verifiedBuyer(env, admin);
    const id = await publishedNeed(env, quiet, {
      title: 'Laddplatser vid hemtjänstens baser',
      summary: 'Personalens bilar behöver kunna laddas under arbetsdagen.',
      description: 'Vi saknar laddning vid brukarnas bostäder och på våra baser.',
      desiredOutcomes: [],
      cpvCodes: ['34144900-7'],
    });
    await env.drain();
    const filter = { buyerId: quiet.organizationId };
    expect(hitIds(await searchNeeds(env, { query: 'elfordon', filter }))).toEqual([id]);
    expect(hitIds(await searchNeeds(env, { query: 'electric vehicles', filter }))).toEqual([id]);
    // Control: the same filter with an unrelated word finds nothing, so the labels did the finding.
    expect(hitIds(await searchNeeds(env, { query: 'skolmåltider', filter }))).toEqual([]);
  });

  it('never finds drafts, not even for their own buyer or an admin', async () => {
    const word = nonsenseWord();
    await createNeed(env, buyer, { title: `Utkast om ${word}` });
    await env.drain();
    for (const token of [undefined, buyer.token, admin.token]) {
      const result = await searchNeeds(env, { query: word }, token);
      expect({ token: token === undefined ? 'anonymous' : 'signed in', totalHits: result.totalHits, hits: result.hits }).toEqual({
        token: token === undefined ? 'anonymous' : 'signed in',
        totalHits: 0,
        hits: [],
      });
    }
  });

  it('removes a closed need from the index after drain (totalHits too, not only the hits)', async () => {
    const word = nonsenseWord();
    const id = await publishedNeed(env, buyer, { title: `Stängs snart ${word}` });
    await env.drain();
    expect(hitIds(await searchNeeds(env, { query: word }))).toEqual([id]);
    await env.gql.ok(CLOSE_NEED, { id }, buyer.token);
    await env.drain();
    const after = await searchNeeds(env, { query: word });
    expect({ totalHits: after.totalHits, ids: hitIds(after) }).toEqual({ totalHits: 0, ids: [] });
  });

  it('finds an edited need by its new title word and no longer by the old one', async () => {
    const oldWord = nonsenseWord();
    const newWord = nonsenseWord();
    const id = await publishedNeed(env, buyer, { title: `Gammal rubrik ${oldWord}` });
    await env.drain();
    expect(hitIds(await searchNeeds(env, { query: oldWord }))).toEqual([id]);
    await env.gql.ok(UPDATE_NEED, { id, input: { expectedVersion: 2, title: `Ny rubrik ${newWord}` } }, buyer.token);
    await env.drain();
    const found = await searchNeeds(env, { query: newWord });
    expect(found.hits.map((h) => [h.need.id, h.need.title])).toEqual([[id, `Ny rubrik ${newWord}`]]);
    expect((await searchNeeds(env, { query: oldWord })).totalHits).toBe(0);
  });

  it('a need published after being edited as a draft is found by its latest text', async () => {
    const word = nonsenseWord();
    const id = await createNeed(env, buyer, { title: 'Preliminär rubrik' });
    await env.gql.ok(UPDATE_NEED, { id, input: { expectedVersion: 1, summary: `Sammanfattning med ${word}` } }, buyer.token);
    await env.gql.ok(PUBLISH_NEED, { id }, buyer.token);
    await env.drain();
    expect(hitIds(await searchNeeds(env, { query: word }))).toEqual([id]);
  });

  it('resolves nested fields of hits: buyer name, CPV labels and region names', async () => {
    const word = nonsenseWord();
    const named = await verifiedBuyer(env, admin, `Nästlade kommunen ${word}`);
    const id = await publishedNeed(env, named, { title: `Nästlat ${word}`, regionCodes: ['SE110', 'SE'] });
    await env.drain();
    const q = `query($q: String) { searchNeeds(query: $q) { hits { need { id buyer { name } cpvCodes { code labelSv } regions { code name } } } } }`;
    const data = await env.gql.ok<{
      searchNeeds: {
        hits: {
          need: {
            id: string;
            buyer: { name: string };
            cpvCodes: { code: string; labelSv: string }[];
            regions: { code: string; name: string }[];
          };
        }[];
      };
    }>(q, { q: word });
    expect(data.searchNeeds.hits).toHaveLength(1);
    const need = data.searchNeeds.hits[0]!.need;
    expect(need.id).toBe(id);
    expect(need.buyer.name).toBe(`Nästlade kommunen ${word}`);
    expect(need.cpvCodes).toEqual([{ code: '34144900-7', labelSv: 'Elfordon' }]);
    expect(need.regions.map((r) => r.code)).toEqual(['SE110', 'SE']);
    expect(need.regions.find((r) => r.code === 'SE110')!.name).toMatch(/Stockholm/);
    expect(need.regions.find((r) => r.code === 'SE')!.name).toMatch(/Sverige/);
  });

  it('browsing without a query returns every published need, newest first', async () => {
    const fresh = await verifiedBuyer(env, admin);
    const first = await publishedNeed(env, fresh, { title: 'Det första behovet' });
    const second = await publishedNeed(env, fresh, { title: 'Det andra behovet' });
    await env.drain();
    const result = await searchNeeds(env, { filter: { buyerId: fresh.organizationId } });
    expect({ totalHits: result.totalHits, ids: hitIds(result) }).toEqual({ totalHits: 2, ids: [second, first] });
  });
});
