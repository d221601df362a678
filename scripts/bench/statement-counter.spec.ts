import { FrontendMessageParser } from './statement-counter';

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const message = (type: string, body: Buffer) => Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
const cstr = (s: string) => Buffer.from(`${s}\0`);
const startup = () => {
  const body = Buffer.concat([int32(196608), cstr('user'), cstr('postgres'), Buffer.from([0])]);
  return Buffer.concat([int32(body.length + 4), body]);
};

describe('FrontendMessageParser', () => {
  it('counts simple queries and executes of parsed statements, across chunk boundaries', () => {
    const seen: string[] = [];
    const parser = new FrontendMessageParser((sql) => seen.push(sql));
    const stream = Buffer.concat([
      startup(),
      message('Q', cstr('BEGIN')),
      message('P', Buffer.concat([cstr(''), cstr('SELECT $1'), Buffer.from([0, 0])])),
      message('B', Buffer.from([0, 0, 0, 0, 0, 0, 0, 0])),
      message('E', Buffer.concat([cstr(''), int32(0)])),
      message('S', Buffer.alloc(0)),
      message('Q', cstr('COMMIT')),
    ]);
    for (let i = 0; i < stream.length; i += 7) parser.push(stream.subarray(i, i + 7));
    expect(seen).toEqual(['BEGIN', 'SELECT $1', 'COMMIT']);
  });

  it('skips an SSL request before the startup message', () => {
    const seen: string[] = [];
    const parser = new FrontendMessageParser((sql) => seen.push(sql));
    parser.push(Buffer.concat([int32(8), int32(80877103), startup(), message('Q', cstr('SELECT 1'))]));
    expect(seen).toEqual(['SELECT 1']);
  });
});
