import { formatLogLine } from './log-format';

describe('formatLogLine', () => {
  it('shows time, level and message of a pino line, with its extra fields', () => {
    const line = JSON.stringify({
      level: 30,
      time: Date.UTC(2026, 0, 2, 13, 4, 5),
      pid: 1,
      hostname: 'h',
      msg: 'listening',
      port: 3000,
    });
    expect(formatLogLine(line)).toBe('13:04:05  INFO   listening  {"port":3000}');
  });

  it('summarises a request log and prints error stacks', () => {
    const request = {
      level: 30,
      time: 0,
      msg: 'request completed',
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      responseTime: 12,
    };
    expect(formatLogLine(JSON.stringify(request))).toContain('POST /graphql -> 200 (12 ms)');
    const failure = { level: 50, time: 0, msg: 'boom', err: { message: 'bad', stack: 'Error: bad\n    at x' } };
    expect(formatLogLine(JSON.stringify(failure))).toMatch(/ERROR {2}boom {2}\nError: bad\n {4}at x$/);
  });

  it('leaves lines that are not pino JSON alone', () => {
    expect(formatLogLine('plain text')).toBe('plain text');
    expect(formatLogLine('{not json')).toBe('{not json');
  });
});
