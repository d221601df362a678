import { isolatedServices, IsolatedServices } from '@navet/testing';
import { MeiliClient } from './meili-client.service';
import { MeiliTaskError, waitForTask } from './meili-task';

// Index creation and settings tasks can outlast Jest's 5 s default on a busy machine; this only bounds a hang.
jest.setTimeout(60_000);

let services: IsolatedServices;
let meili: MeiliClient;

beforeAll(async () => {
  services = await isolatedServices({ database: 'none' });
  meili = new MeiliClient(services.config());
  await meili.ready();
});
afterAll(() => services?.close());

describe('waitForTask', () => {
  it('throws when Meilisearch rejects the write, so the job fails and is retried', async () => {
    const index = meili.client.index(meili.needsIndexUid);
    const failed = waitForTask(index.addDocuments([{ id: 'not a valid id!', title: 'x' }]));
    await expect(failed).rejects.toBeInstanceOf(MeiliTaskError);
    await expect(failed).rejects.toThrow(/invalid_document_id/);
  });

  it('returns the finished task when the write succeeded', async () => {
    const task = await waitForTask(meili.client.index(meili.needsIndexUid).addDocuments([{ id: 'ok', title: 'x' }]));
    expect(task.status).toBe('succeeded');
  });
});
