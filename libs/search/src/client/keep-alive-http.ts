import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { MeilisearchApiError } from 'meilisearch';

/**
 * The Meilisearch client's transport over node:http with kept-alive sockets. Measured here, the
 * client's default fetch transport added ~14 ms at the median and doubled p95 under load against
 * the same server (docs/benchmarks.md); searches are on every user's path, so they get this one.
 * Errors keep the client's own type (MeilisearchApiError with the response body as `cause`). A request
 * that gets no byte for `timeoutMs` fails: a Meilisearch that hangs (rather than stops) would otherwise
 * hold every search, and the API's requests with them, forever.
 */
type FetchArgs = Parameters<typeof fetch>;

export function keepAliveHttpClient({ maxSockets = 64, timeoutMs = 10_000 } = {}): (
  input: FetchArgs[0],
  init?: FetchArgs[1],
) => Promise<unknown> {
  const agents = { http: new HttpAgent({ keepAlive: true, maxSockets }), https: new HttpsAgent({ keepAlive: true, maxSockets }) };
  return (input, init = {}) =>
    new Promise((resolve, reject) => {
      const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
      const secure = url.protocol === 'https:';
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, key) => (headers[key] = value));
      const body = typeof init.body === 'string' ? init.body : undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const req = (secure ? httpsRequest : httpRequest)(
        url,
        { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http, signal: init.signal ?? undefined },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const parsed: unknown = text === '' ? undefined : JSON.parse(text);
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) return resolve(parsed);
            reject(
              new MeilisearchApiError(
                new Response(text, { status }),
                parsed as ConstructorParameters<typeof MeilisearchApiError>[1],
              ),
            );
          });
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`Meilisearch sent nothing for ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
}
