import { verifyLedgerExport } from '@navet/ledger';

export const LEDGER_VERIFY_USAGE = 'usage: npm run ledger:verify -- <export.json> [--head <kept ledgerHeadHash>]';

export interface CliResult {
  exitCode: 0 | 1 | 2;
  lines: string[];
}

/**
 * The whole of `npm run ledger:verify` except reading the file and exiting: 0 = the chain verifies,
 * 1 = it does not (the first broken sequence is printed), 2 = usage or unreadable input.
 */
export function runLedgerVerify(argv: readonly string[], readText: (path: string) => string): CliResult {
  const positional: string[] = [];
  let head: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--head') {
      head = argv[++i];
      if (!head) return { exitCode: 2, lines: ['--head needs a hash', LEDGER_VERIFY_USAGE] };
    } else if (a.startsWith('--')) return { exitCode: 2, lines: [`unknown option ${a}`, LEDGER_VERIFY_USAGE] };
    else positional.push(a);
  }
  if (positional.length !== 1) return { exitCode: 2, lines: [LEDGER_VERIFY_USAGE] };
  const file = positional[0]!;
  let doc: unknown;
  try {
    doc = JSON.parse(readText(file));
  } catch (e) {
    return { exitCode: 2, lines: [`cannot read ${file} as JSON: ${(e as Error).message}`] };
  }
  const r = verifyLedgerExport(doc, head);
  const about = `need ${r.needId ?? '?'}: ${r.length} entries, head ${r.headHash ?? '(none)'}`;
  if (r.valid) return { exitCode: 0, lines: [`valid: ${about}`] };
  return {
    exitCode: 1,
    lines: [
      `INVALID: ${about}`,
      ...(r.firstBrokenSequence !== null ? [`first broken sequence: ${r.firstBrokenSequence}`] : []),
      ...(r.problem ? [r.problem] : []),
    ],
  };
}
