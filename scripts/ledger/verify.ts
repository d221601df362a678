import { readFileSync } from 'node:fs';
import { runLedgerVerify } from './ledger-verify-cli';

// `npm run ledger:verify -- <export.json>`: checks a ledger export offline, without the database.
const result = runLedgerVerify(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
for (const line of result.lines) (result.exitCode === 0 ? console.log : console.error)(line);
process.exitCode = result.exitCode;
