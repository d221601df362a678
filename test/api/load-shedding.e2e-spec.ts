import { createTestEnv, TestEnv } from '@navet/testing';

/** With the in-flight limit at 0 every request is refused: the refusal's shape, and health untouched. */
describe('API load shedding (e2e)', () => {
  let env: TestEnv;
  let base: string;

  beforeAll(async () => {
    env = await createTestEnv({ API_MAX_IN_FLIGHT: '0', API_RETRY_AFTER_SECONDS: '3' });
    base = env.url.replace('/graphql', '');
  });
  afterAll(() => env.close());

  it('answers a GraphQL request with 503, Retry-After and a GraphQL-shaped SERVICE_OVERLOADED error', async () => {
    const res = await fetch(env.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ searchNeeds { totalHits } }' }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The server is overloaded; retry in 3 s',
          extensions: { code: 'SERVICE_OVERLOADED', retryAfterSeconds: 3 },
        },
      ],
    });
  });

  it.each(['/health/live', '/health/ready', '/health'])('never sheds %s', async (path) => {
    const res = await fetch(base + path);
    expect(res.status).toBe(200);
  });
});
