import { describe, expect, it } from 'vitest';
import { statusFromUrl, statusToUrl } from './status-filter';

describe('match status in the URL', () => {
  it('reads a known status and ignores anything else', () => {
    expect(statusFromUrl(new URLSearchParams('status=CONNECTED'))).toBe('CONNECTED');
    expect(statusFromUrl(new URLSearchParams('status=nonsense'))).toBeNull();
    expect(statusFromUrl(new URLSearchParams(''))).toBeNull();
  });
  it('writes the status and drops it for "all", keeping other parameters', () => {
    expect(statusToUrl(new URLSearchParams('x=1'), 'DECLINED').toString()).toBe('x=1&status=DECLINED');
    expect(statusToUrl(new URLSearchParams('x=1&status=DECLINED'), null).toString()).toBe('x=1');
  });
});
