import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { LoadShedder } from './load-shedder';

class FakeResponse extends EventEmitter {
  statusCode = 200;
  headers: Record<string, string> = {};
  body: string | null = null;
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  set(h: Record<string, string>) {
    Object.assign(this.headers, h);
    return this;
  }
  end(body: string) {
    this.body = body;
  }
}

function send(shedder: LoadShedder, path = '/graphql') {
  const res = new FakeResponse();
  let passed = false;
  const next: NextFunction = () => (passed = true);
  shedder.middleware({ path } as Request, res as unknown as Response, next);
  return { res, passed };
}

describe('LoadShedder', () => {
  const shedders: LoadShedder[] = [];
  const make = (maxInFlight: number) => {
    const s = new LoadShedder({ maxInFlight, maxEventLoopDelayMs: 0, targetLatencyMs: 0, retryAfterSeconds: 2 });
    shedders.push(s);
    return s;
  };
  afterAll(() => shedders.forEach((s) => s.close()));

  it('refuses requests beyond the in-flight limit and admits again once one finishes', () => {
    const shedder = make(2);
    const a = send(shedder);
    const b = send(shedder);
    const c = send(shedder);
    expect([a.passed, b.passed, c.passed]).toEqual([true, true, false]);
    expect(c.res.statusCode).toBe(503);
    expect(c.res.headers['retry-after']).toBe('2');
    expect(JSON.parse(c.res.body!)).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_OVERLOADED' } }] });
    a.res.emit('finish');
    a.res.emit('close'); // both events on one response count once
    expect(send(shedder).passed).toBe(true);
    expect(send(shedder).passed).toBe(false);
    expect(shedder.shed).toBe(2);
  });

  it('never refuses health probes', () => {
    const shedder = make(0);
    expect(send(shedder, '/graphql').passed).toBe(false);
    expect(send(shedder, '/health').passed).toBe(true);
    expect(send(shedder, '/health/live').passed).toBe(true);
    expect(send(shedder, '/healthz').passed).toBe(false);
  });
});
