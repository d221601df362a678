import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../identity/session-store';
import { openQueueDashboard } from './queue-dashboard';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('openQueueDashboard', () => {
  it('trades the token for the dashboard cookie, then opens /admin/queues', async () => {
    sessionStore.set('token-1');
    const fetch = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    const go = vi.fn();
    expect(await openQueueDashboard(go)).toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledWith(
      '/auth/queue-dashboard',
      expect.objectContaining({
        method: 'POST',
        headers: { 'X-Navet-CSRF': '1', Authorization: 'Bearer token-1' },
      }),
    );
    expect(go).toHaveBeenCalledWith('/admin/queues');
  });

  it('reports a refusal and stays on the page', async () => {
    sessionStore.set('token-1');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 403 })));
    const go = vi.fn();
    expect(await openQueueDashboard(go)).toEqual({ ok: false, status: '403' });
    expect(go).not.toHaveBeenCalled();
  });

  it('asks nothing without a session', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(await openQueueDashboard(vi.fn())).toEqual({ ok: false, status: '401' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
