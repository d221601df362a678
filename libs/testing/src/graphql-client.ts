/** A GraphQL error as clients see it. */
export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number };
  path?: (string | number)[];
}

export interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
  status: number;
}

/** Minimal HTTP client for e2e tests: real requests against the real server. */
export class GraphQLClient {
  constructor(readonly url: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<T>> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return { ...body, status: res.status };
  }

  /** Expects success; throws with the errors otherwise. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const r = await this.request<T>(query, variables, token);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  /** Expects exactly one error and returns it. */
  async fails(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlError> {
    const r = await this.request(query, variables, token);
    if (!r.errors?.length) throw new Error(`Expected an error, got data: ${JSON.stringify(r.data)}`);
    return r.errors[0]!;
  }
}
