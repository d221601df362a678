import { paths } from '../../app/paths';
import { sessionStore } from '../identity/session-store';

/**
 * Opens the queue dashboard (bull-board, served by the API at /admin/queues): asks the API for the
 * short-lived pass cookie bound to this admin's session, then navigates there (a full page load: it is
 * not part of this app). Resolves false when the API refused (not an admin, signed out).
 */
export async function openQueueDashboard(): Promise<boolean> {
  const token = sessionStore.token();
  if (!token) return false;
  const res = await fetch('/auth/queue-dashboard', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-Navet-CSRF': '1', Authorization: `Bearer ${token}` },
  }).catch(() => null);
  if (!res?.ok) return false;
  window.location.assign(paths.adminQueues);
  return true;
}
