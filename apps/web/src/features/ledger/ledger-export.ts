import { sessionStore } from '../identity/session-store';

/**
 * The API serves the ledger files with Bearer authentication (apps/api/ledger/ledger-export.controller.ts),
 * so a plain link cannot carry the token: fetch with it and hand the file to the browser as a download.
 */
export async function downloadLedger(needId: string, format: 'csv' | 'json'): Promise<void> {
  const token = sessionStore.token();
  const res = await fetch(`/needs/${encodeURIComponent(needId)}/ledger.${format}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) throw new Error(String(res.status));
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `ledger-${needId}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
