import { meiliErrorCode } from './meili-errors';

describe('meiliErrorCode', () => {
  const body = { code: 'index_not_found', message: 'Index `x` not found.' };

  it('reads the code of an API error', () => {
    expect(meiliErrorCode(Object.assign(new Error('api'), { cause: body }))).toBe('index_not_found');
  });

  it('reads the code through a request error wrapping the API error', () => {
    const api = Object.assign(new Error('api'), { cause: body });
    expect(meiliErrorCode(Object.assign(new Error('request failed'), { cause: api }))).toBe('index_not_found');
  });

  it('has no code for network errors', () => {
    expect(meiliErrorCode(Object.assign(new Error('request failed'), { cause: new Error('ECONNREFUSED') }))).toBeUndefined();
    expect(meiliErrorCode('boom')).toBeUndefined();
  });
});
