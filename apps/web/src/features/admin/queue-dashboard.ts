import { paths } from '../../app/paths';
import { sessionStore } from '../identity/session-store';

export type QueueDashboardOutcome = { ok: true } | { ok: false; status: string };

/**
 * The queue dashboard (bull-board) is a page the API serves, so the in-memory access token cannot reach it:
 * POST /auth/queue-dashboard trades the token for a short-lived httpOnly cookie scoped to /admin/queues,
 * then the browser navigates there. Not GraphQL, hence a plain fetch.
 */
export async function openQueueDashboard(
  go: (url: string) => void = (url) => window.location.assign(url),
): Promise<QueueDashboardOutcome> {
  const token = sessionStore.token();
  if (!token) return { ok: false, status: '401' };
  try {
    const res = await fetch('/auth/queue-dashboard', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Navet-CSRF': '1', Authorization: `Bearer ${token}` },
    });
    if (!res.ok) return { ok: false, status: String(res.status) };
  } catch {
    return { ok: false, status: 'network' };
  }
  go(paths.adminQueues);
  return { ok: true };
}
