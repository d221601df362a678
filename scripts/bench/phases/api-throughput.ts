import autocannon from 'autocannon';
import { createHash } from 'node:crypto';
import { publishedNeedIdsAfter } from '@navet/needs';
import type { DataSource } from 'typeorm';
import { gql, KeepAliveClient } from '../http-client';

export interface NeedThroughputResult {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const NEED = `query($id: ID!) { need(id: $id) {
  id title summary status publishedAt
  buyer { id name verified }
  cpvCodes { code labelSv labelEn level }
  regions { code name level }
} }`;

/** need(id) with nested buyer, CPV labels and regions: closed-loop at 32 connections (autocannon), rotating over needs. */
export async function measureNeedThroughput(
  apiUrl: string,
  client: KeepAliveClient,
  ds: DataSource,
  seconds: number,
  connections = 32,
): Promise<NeedThroughputResult> {
  // A fixed pseudo-random sample (ordered by a hash of the id), the same in every run on the same world.
  const hash = (id: string) => createHash('md5').update(id).digest('hex');
  const ids = (await publishedNeedIdsAfter(ds, null, 1_000_000))
    .map((id) => ({ id, key: hash(id) }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, 2000)
    .map((r) => r.id);
  if (ids.length === 0) throw new Error('no published needs to read');
  // One real answer first: autocannon counts HTTP statuses, a GraphQL error would pass as a 200.
  const probe = await gql<{ need: { buyer: { name: string }; cpvCodes: unknown[] } | null }>(client, NEED, { id: ids[0] });
  if (!probe.need?.buyer.name || probe.need.cpvCodes.length === 0) throw new Error(`need(id) answered ${JSON.stringify(probe)}`);
  const bodies = ids.map((id) => JSON.stringify({ query: NEED, variables: { id } }));
  let next = 0;
  const result = await autocannon({
    url: apiUrl,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  return {
    connections,
    seconds: result.duration,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
