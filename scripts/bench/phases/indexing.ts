import type { DataSource } from 'typeorm';
import { countPublishedNeeds } from '@navet/needs';
import { countDiscoverableProfiles } from '@navet/suppliers';
import { gql, KeepAliveClient } from '../http-client';
import { withPeakRss } from '../process-memory';
import type { QueueWatch } from '../queue-watch';

export interface IndexingResult {
  documents: number;
  seconds: number;
  documentsPerSecond: number;
  /** Highest Meilisearch RSS sampled during the rebuild; null when Meilisearch is not ours. */
  meiliPeakRssMb: number | null;
}

/** reindexSearch: both indexes rebuilt from PostgreSQL and swapped; timed until the search queue is empty. */
export async function measureReindex(
  client: KeepAliveClient,
  ds: DataSource,
  adminToken: string,
  watch: QueueWatch,
  meiliPid: number | null,
  timeoutMs: number,
): Promise<IndexingResult> {
  const documents = (await countPublishedNeeds(ds)) + (await countDiscoverableProfiles(ds));
  const { result: seconds, peakMb } = await withPeakRss(meiliPid, async () => {
    const started = performance.now();
    await gql(client, `mutation { reindexSearch }`, {}, adminToken);
    await watch.waitIdle({ queues: ['search'], timeoutMs, label: 'reindex', pollMs: 50 });
    return (performance.now() - started) / 1000;
  });
  return { documents, seconds, documentsPerSecond: documents / seconds, meiliPeakRssMb: peakMb };
}
