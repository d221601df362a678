import { createTestEnv, GqlResponse, TestEnv } from '@navet/testing';
import {
  aliasedSearches,
  deepNesting,
  fragmentCycle,
  fragmentFanOut,
  manyVariables,
  wideAliases,
} from '../../scripts/measure/query-cost-documents';

/**
 * Issue 11 §1 against the real API with its default limits, asked anonymously as an attacker would:
 * the repros of findings 1–3 and generated adversarial documents are refused before they run.
 */
describe('query cost (e2e)', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  const expectTooComplex = (r: GqlResponse<unknown>, limit: RegExp) => {
    expect({ status: r.status, data: r.data ?? null, codes: r.errors?.map((e) => e.extensions?.code) }).toEqual({
      status: 400,
      data: null,
      codes: ['QUERY_TOO_COMPLEX'],
    });
    expect(r.errors?.[0]?.message).toMatch(limit);
  };

  it('refuses a chain of 22 fragments, each spreading the previous twice (finding 1)', async () => {
    const chain = fragmentFanOut(22);
    expect(chain.length).toBeLessThan(1024);
    // Refused by whichever limit its running totals pass first (fields named alike, or selections).
    expectTooComplex(await env.gql.request(chain), /^Query is too complex: (repeats|nodes) \d+ exceeds the maximum of \d+\.$/);
  });

  it('refuses twelve aliased searchNeeds(pageSize: 100), with or without a fragment chain appended (finding 2)', async () => {
    expectTooComplex(await env.gql.request(aliasedSearches(12)), /complexity \d+ exceeds the maximum of 5000/);
    // The old plugin's node limit threw here, the check was skipped and 2.3 MB came back with HTTP 200.
    expectTooComplex(await env.gql.request(aliasedSearches(12, 12)), /(repeats|nodes) \d+ exceeds/);
  });

  it('answers a fragment cycle with a validation error, not HTTP 500 (finding 3)', async () => {
    const r = await env.gql.request(fragmentCycle());
    expect({ status: r.status, data: r.data ?? null, errors: r.errors }).toEqual({
      status: 400,
      data: null,
      errors: [
        expect.objectContaining({
          message: 'Cannot spread fragment "A" within itself via "B".',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ],
    });
  });

  it.each([
    [
      'fragment fan-out over real fields',
      fragmentFanOut(30, 'cpvCode(code: "03000000-1") { code labelSv }'),
      /(repeats|nodes) \d+/,
    ],
    ['one field repeated', `{ ${'cpvCode(code: "03000000-1") { code } '.repeat(21)}}`, /repeats 21 exceeds the maximum of 20/],
    ['deep nesting', deepNesting(100), /depth 100 exceeds the maximum of 10/],
    ['wide aliases', wideAliases(2000), /aliases \d+ exceeds the maximum of 30/],
    ['a huge list of variables', manyVariables(1000), /variables 1000 exceeds the maximum of 50/],
  ])('refuses %s', async (_what, document, limit) => {
    expectTooComplex(await env.gql.request(document), limit);
  });

  it('refuses a document past the token limit while parsing it', async () => {
    const r = await env.gql.request(wideAliases(4000));
    expect({ status: r.status, data: r.data ?? null, codes: r.errors?.map((e) => e.extensions?.code) }).toEqual({
      status: 400,
      data: null,
      codes: ['GRAPHQL_PARSE_FAILED'],
    });
    expect(r.errors?.[0]?.message).toMatch(/more th\w+ 10000 tokens/);
  });
});
