import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { freePort } from '../../../../scripts/services';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { MeiliClient } from './meili-client.service';
import { isSearchUnavailable } from './meili-errors';

jest.setTimeout(60_000);

/** The error a search through Navet's client (and its keep-alive transport) fails with against `url`. */
async function searchError(services: IsolatedServices, url: string): Promise<unknown> {
  const meili = new MeiliClient({ meili: { ...services.config().meili, url } });
  return meili.client
    .index(meili.needsIndexUid)
    .search('laddning')
    .then(
      () => null,
      (e: unknown) => e,
    );
}

describe('isSearchUnavailable, on errors the real client raises', () => {
  let services: IsolatedServices;
  let proxy: Server;

  beforeAll(async () => {
    services = await isolatedServices({ database: 'none' });
    // What a load balancer in front of Meilisearch answers while it is down.
    proxy = createServer((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end(''));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy?.close(resolve));
    await services?.close();
  });

  it('is true when nothing listens (Meilisearch stopped)', async () => {
    const e = await searchError(services, `http://127.0.0.1:${await freePort()}`);
    expect(e).toBeInstanceOf(Error);
    expect(isSearchUnavailable(e)).toBe(true);
  });

  it('is true when a proxy answers 503 for it', async () => {
    const e = await searchError(services, `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
    expect(isSearchUnavailable(e)).toBe(true);
  });

  it('is false for an answer from a running Meilisearch (a missing index), and for other errors', async () => {
    const e = await searchError(services, services.config().meili.url);
    expect(e).toBeInstanceOf(Error);
    expect(isSearchUnavailable(e)).toBe(false);
    expect(isSearchUnavailable(new Error('ECONNREFUSED'))).toBe(false);
    expect(isSearchUnavailable(null)).toBe(false);
  });
});

describe('a Meilisearch that hangs instead of stopping', () => {
  let services: IsolatedServices;
  let hung: Server;

  beforeAll(async () => {
    services = await isolatedServices({ database: 'none' });
    // Accepts the connection and reads the request, but never answers.
    hung = createServer(() => undefined);
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    hung?.closeAllConnections();
    await new Promise((resolve) => hung?.close(resolve));
    await services?.close();
  });

  it('fails the search after MEILI_TIMEOUT_MS as search unavailable, instead of waiting forever', async () => {
    const url = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
    const meili = new MeiliClient({ meili: { ...services.config().meili, url, timeoutMs: 300 } });
    const e = await meili.client
      .index(meili.needsIndexUid)
      .search('laddning')
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(e).toBeInstanceOf(Error);
    expect(isSearchUnavailable(e)).toBe(true);
  });
});
