export * from './domain/ledger-chain';
export * from './domain/ledger-export';
export { appendLedgerEntries, appendLedgerEntry, LedgerAppend } from './persistence/ledger.writer';
export * from './persistence/ledger.reader';
export * from './ledger.service';
export * from './ledger.module';
