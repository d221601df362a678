import type { EnqueuedTaskPromise, Meilisearch, Task } from 'meilisearch';
import { MeiliTaskError } from '../client/meili-task';
import type { IndexedVersion } from '../persistence/indexed-version';
import type { IndexSource } from './index-sources';
import { rebuildIndex } from './rebuild-index';

/** A Meilisearch stand-in that records calls; additions whose first id is in `failing` fail. */
function fakeMeili(failing: ReadonlySet<string> = new Set()) {
  const log: string[] = [];
  let uid = 0;
  let waiting = 0;
  let maxWaitingAdds = 0;
  const enqueue = (type: string, failed = false): EnqueuedTaskPromise => {
    const task = {
      uid: ++uid,
      type,
      status: failed ? 'failed' : 'succeeded',
      error: failed ? { code: 'internal', message: 'boom' } : null,
    } as unknown as Task;
    if (type === 'documentAdditionOrUpdate') maxWaitingAdds = Math.max(maxWaitingAdds, ++waiting);
    const promise = Promise.resolve({ taskUid: task.uid }) as unknown as EnqueuedTaskPromise;
    return Object.assign(promise, {
      waitTask: () => {
        log.push(`wait ${task.uid}`);
        if (type === 'documentAdditionOrUpdate') waiting--;
        return Promise.resolve(task);
      },
    });
  };
  const client = {
    getRawIndex: () => Promise.resolve({}),
    index: (indexUid: string) => ({
      updateSettings: () => enqueue('settingsUpdate'),
      addDocuments: (docs: IndexedVersion[]) => {
        log.push(`add ${docs.map((d) => d.id).join(',')}`);
        return enqueue('documentAdditionOrUpdate', failing.has(docs[0].id));
      },
      uid: indexUid,
    }),
    swapIndexes: () => {
      log.push('swap');
      return enqueue('indexSwap');
    },
    deleteIndex: (indexUid: string) => {
      log.push(`drop ${indexUid.replace(/_\d+$/, '')}`);
      return enqueue('indexDeletion');
    },
  };
  return { client: client as unknown as Meilisearch, log, maxWaitingAdds: () => maxWaitingAdds };
}

function source(ids: string[]): IndexSource {
  return {
    kind: 'suppliers',
    batchAfter: (afterId, limit) => {
      const from = afterId === null ? 0 : ids.indexOf(afterId) + 1;
      return Promise.resolve(ids.slice(from, from + limit).map((id) => ({ id, version: 1 })));
    },
    byIds: () => Promise.resolve([]),
    versions: () => Promise.resolve([]),
  };
}

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('rebuildIndex', () => {
  it('keeps several additions enqueued, waits for all of them, then swaps and drops the old index', async () => {
    const meili = fakeMeili();

    await expect(rebuildIndex(meili.client, 'live', source(ids), 2, 3)).resolves.toBe(7);

    expect(meili.log.filter((l) => l.startsWith('add'))).toEqual(['add a,b', 'add c,d', 'add e,f', 'add g']);
    expect(meili.maxWaitingAdds()).toBe(3);
    // Settings (task 1), four additions (2..5), then the swap.
    expect(meili.log.filter((l) => l.startsWith('wait')).slice(0, 5)).toEqual(['wait 1', 'wait 2', 'wait 3', 'wait 4', 'wait 5']);
    expect(meili.log.slice(-4)).toEqual(['swap', 'wait 6', 'drop live_build', 'wait 7']);
  });

  it('fails on a failed addition, still awaits the others, and drops the partial build without swapping', async () => {
    const meili = fakeMeili(new Set(['c']));

    await expect(rebuildIndex(meili.client, 'live', source(ids), 2, 3)).rejects.toBeInstanceOf(MeiliTaskError);

    expect(meili.log).not.toContain('swap');
    // Task 3 (c,d) fails while 4 and 5 are still enqueued: both are awaited before the build is dropped.
    expect(meili.log.filter((l) => l.startsWith('add'))).toHaveLength(4);
    expect(meili.log.filter((l) => l.startsWith('wait'))).toEqual(['wait 1', 'wait 2', 'wait 3', 'wait 4', 'wait 5', 'wait 6']);
    expect(meili.log.slice(-2)).toEqual(['drop live_build', 'wait 6']);
  });

  it('reports every failed addition, not only the first', async () => {
    const meili = fakeMeili(new Set(['a', 'c']));

    const error: unknown = await rebuildIndex(meili.client, 'live', source(ids), 2, 3).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).errors).toHaveLength(2);
    expect(meili.log).not.toContain('swap');
    expect(meili.log.at(-2)).toBe('drop live_build');
  });
});
