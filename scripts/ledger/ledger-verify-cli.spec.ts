import { buildLedgerExport, LedgerEntry, nextEntry } from '@navet/ledger';
import { runLedgerVerify } from './ledger-verify-cli';

const NEED = '5f0c7a52-6a43-4c1e-9a43-6c0b1f3a9e01';

function exportText(tamper?: (x: { entries: { summary: string }[] }) => void): string {
  const entries: LedgerEntry[] = [];
  for (let i = 0; i < 3; i++) {
    entries.push(
      nextEntry(entries.at(-1) ?? null, {
        needId: NEED,
        at: new Date(Date.UTC(2026, 11, 2, 9, i)),
        action: 'SUPPLIER_NOTIFIED',
        actorOrganizationId: null,
        summary: `supplier ${i} told of the need`,
      }),
    );
  }
  const x = JSON.parse(JSON.stringify(buildLedgerExport(NEED, entries, new Map(), new Date())));
  tamper?.(x);
  return JSON.stringify(x);
}

const files = (text: string) => (path: string) => {
  if (path !== 'export.json') throw new Error(`ENOENT: ${path}`);
  return text;
};

describe('npm run ledger:verify', () => {
  it('exits 0 and says valid for an intact export', () => {
    const r = runLedgerVerify(['export.json'], files(exportText()));
    expect(r.exitCode).toBe(0);
    expect(r.lines[0]).toMatch(new RegExp(`^valid: need ${NEED}: 3 entries, head [0-9a-f]{64}$`));
  });

  it('exits 1 with the first broken sequence after one summary is changed', () => {
    const r = runLedgerVerify(['export.json'], files(exportText((x) => (x.entries[1]!.summary = 'edited'))));
    expect(r.exitCode).toBe(1);
    expect(r.lines).toContain('first broken sequence: 2');
  });

  it('checks a kept head hash with --head', () => {
    const head = (JSON.parse(exportText()) as { headHash: string }).headHash;
    expect(runLedgerVerify(['export.json', '--head', head], files(exportText())).exitCode).toBe(0);
    expect(runLedgerVerify(['export.json', '--head', 'f'.repeat(64)], files(exportText())).exitCode).toBe(1);
  });

  it('exits 2 on usage errors and unreadable files', () => {
    expect(runLedgerVerify([], files('')).exitCode).toBe(2);
    expect(runLedgerVerify(['--frobnicate', 'export.json'], files('')).exitCode).toBe(2);
    expect(runLedgerVerify(['missing.json'], files('')).exitCode).toBe(2);
    expect(runLedgerVerify(['export.json'], files('{not json')).exitCode).toBe(2);
  });
});
