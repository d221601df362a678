import { createConnection, createServer, Server, Socket } from 'node:net';

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/**
 * Counts the SQL statements a client sends to PostgreSQL by reading the frontend protocol on a
 * pass-through TCP proxy: a simple Query ('Q') or an extended-protocol Execute ('E') is one
 * statement. Needs no server configuration (pg_stat_statements is not loaded on every server).
 */
export class FrontendMessageParser {
  private buffer = Buffer.alloc(0);
  private startupDone = false;

  constructor(private readonly onStatement: (sql: string) => void) {}

  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (!this.startupDone) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        // SSL and GSS requests are followed by the real startup message.
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) this.startupDone = true;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      const type = String.fromCharCode(this.buffer[0]!);
      const body = this.buffer.subarray(5, 1 + length);
      if (type === 'Q') this.onStatement(body.toString('utf8', 0, body.indexOf(0)));
      else if (type === 'P') this.lastParsed = this.parseText(body);
      else if (type === 'E') this.onStatement(this.lastParsed);
      this.buffer = this.buffer.subarray(1 + length);
    }
  }

  private lastParsed = '';

  /** Parse: statement name (cstring), then the query text (cstring). */
  private parseText(body: Buffer): string {
    const nameEnd = body.indexOf(0);
    return body.toString('utf8', nameEnd + 1, body.indexOf(0, nameEnd + 1));
  }
}

export class StatementCountingProxy {
  private server: Server | null = null;
  private statements: string[] = [];
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async listen(): Promise<number> {
    this.server = createServer((client) => {
      const upstream = createConnection(this.targetPort, this.targetHost);
      this.sockets.add(client).add(upstream);
      const parser = new FrontendMessageParser((sql) => this.statements.push(sql));
      client.on('data', (chunk: Buffer) => {
        parser.push(chunk);
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    return new Promise((resolve) => {
      this.server!.listen(0, '127.0.0.1', () => {
        const address = this.server!.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  }

  /** The statements seen since the last call, and starts a new count. */
  take(): string[] {
    const out = this.statements;
    this.statements = [];
    return out;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => this.server?.close(r) ?? r(undefined));
  }
}
