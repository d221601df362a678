import autocannon from 'autocannon';
import type { SearchKind, SearchSpec } from '../query-mix';
import { graphqlBody } from '../search-targets';

export interface SearchCapacityResult {
  kind: SearchKind;
  connections: number;
  seconds: number;
  /** Answered searches per second, refusals and errors not counted. */
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and 200s carrying GraphQL `errors`. */
  errors: number;
  /** Of the errors: 503 SERVICE_OVERLOADED answers of the load shedder. */
  shed: number;
}

/**
 * Closed loop: `connections` clients each send the next search of the mix as soon as the previous one
 * is answered, so the rate is the API's capacity for that mix (open-loop latency is search-latency.ts).
 */
export async function measureSearchCapacity(
  apiUrl: string,
  mix: readonly SearchSpec[],
  kind: SearchKind,
  seconds: number,
  token: string | null,
  connections = 32,
): Promise<SearchCapacityResult> {
  const bodies = mix.filter((s) => s.kind === kind).map(graphqlBody);
  if (bodies.length === 0) throw new Error(`no ${kind} searches in the mix`);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  let next = 0;
  let graphqlErrors = 0;
  let shed = 0;
  const result = await autocannon({
    url: apiUrl,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers,
        setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status === 503) shed++;
          else if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  return {
    kind,
    connections,
    seconds: result.duration,
    requestsPerSecond: Math.max(0, result.requests.total - errors) / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    shed,
  };
}
