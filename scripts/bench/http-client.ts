import { Agent, request } from 'node:http';

export interface HttpResponse {
  status: number;
  body: string;
}

/**
 * A keep-alive HTTP/1.1 client on node:http. The bench drives every HTTP target through it so
 * that the load generator's own overhead is the same for each (fetch showed tens of ms of its own
 * latency on this machine, see docs/benchmarks.md).
 */
export class KeepAliveClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 128 });
  private readonly url: URL;

  constructor(
    baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {
    this.url = new URL(baseUrl);
  }

  post(path: string, body: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
    return this.send('POST', path, body, headers);
  }

  get(path: string): Promise<HttpResponse> {
    return this.send('GET', path, undefined, {});
  }

  private send(method: string, path: string, body: string | undefined, headers: Record<string, string>): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          headers: {
            ...this.headers,
            ...headers,
            ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer within 30 s`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A GraphQL call through the keep-alive client; throws on HTTP or GraphQL errors. */
export async function gql<T>(
  client: KeepAliveClient,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await client.post(
    '/graphql',
    JSON.stringify({ query, variables }),
    token ? { authorization: `Bearer ${token}` } : {},
  );
  const parsed = JSON.parse(res.body) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (parsed.errors?.length || !parsed.data)
    throw new Error(`GraphQL (${res.status}): ${JSON.stringify(parsed.errors ?? res.body)}`);
  return parsed.data;
}
