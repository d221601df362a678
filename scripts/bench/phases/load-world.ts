import type { DataSource } from 'typeorm';
import { Importer } from '@navet/importer';
import { JobPriority } from '@navet/queue';
import type { QueueWatch } from '../queue-watch';
import { asJsonLines, needLines, supplierLines } from '../world-generator';
import type { WorldPools } from '../world-pools';

export interface LoadResult {
  suppliersImported: number;
  needsImported: number;
  skipped: number;
  importSeconds: number;
  linesPerSecond: number;
  /** From the end of the import until the worker has indexed and matched everything. */
  workerDrainSeconds: number;
}

/** Generates the synthetic world and loads it through the importer (Bulk events); waits for the worker. */
export async function loadWorld(
  ds: DataSource,
  pools: WorldPools,
  counts: { profiles: number; needs: number },
  watch: QueueWatch,
  timeoutMs: number,
): Promise<LoadResult> {
  const importer = new Importer(ds, pools.catalogue);
  const progress = (what: string, total: number) => {
    let last = 0;
    return (n: number) => {
      if (n - last >= 10_000 || n === total) {
        console.log(`[bench] imported ${n}/${total} ${what}`);
        last = n;
      }
    };
  };
  const started = performance.now();
  const suppliers = await importer.importSuppliers(asJsonLines(supplierLines(pools, counts.profiles)), {
    priority: JobPriority.Bulk,
    onProgress: progress('profiles', counts.profiles),
  });
  const needs = await importer.importNeeds(asJsonLines(needLines(pools, counts.needs)), {
    priority: JobPriority.Bulk,
    verifyBuyers: true,
    publish: true,
    onProgress: progress('needs', counts.needs),
  });
  const importSeconds = (performance.now() - started) / 1000;
  const skipped = [...suppliers.skipped, ...needs.skipped];
  if (skipped.length)
    console.log(`[bench] importer skipped ${skipped.length} lines, e.g. ${JSON.stringify(skipped.slice(0, 3))}`);
  const drainMs = await watch.waitIdle({ timeoutMs, label: 'indexing and matching the world' });
  return {
    suppliersImported: suppliers.imported + suppliers.updated,
    needsImported: needs.imported + needs.updated,
    skipped: skipped.length,
    importSeconds,
    linesPerSecond: (counts.profiles + counts.needs) / importSeconds,
    workerDrainSeconds: drainMs / 1000,
  };
}
