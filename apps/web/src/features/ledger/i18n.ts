import { defineMessages } from '../../i18n/define';

export const ledgerMessages = defineMessages(
  {
    title: 'Likabehandlingslogg',
    intro:
      'Varje kontakt mellan er och leverantörerna om behovet skrivs i en loggkedja som inte kan ändras i efterhand. Exportera den till upphandlingsakten.',
    verify: 'Kontrollera kedjan',
    valid: 'Kedjan är obruten: alla {{length}} poster stämmer.',
    broken: 'Kedjan är bruten vid post {{sequence}}.',
    head: 'Senaste hash: {{hash}}',
    exportCsv: 'Ladda ner CSV',
    exportJson: 'Ladda ner JSON',
    exportFailed: 'Exporten misslyckades ({{status}}).',
    empty: 'Inga poster ännu.',
    table: 'Loggposter',
    cols: { sequence: 'Nr', at: 'Tid', action: 'Händelse', actor: 'Aktör', summary: 'Beskrivning' },
    navet: 'Navet',
    showMore: 'Visa fler',
  },
  {
    title: 'Equal-treatment ledger',
    intro:
      'Every contact between you and suppliers about the need is written to a chain of records that cannot be changed afterwards. Export it for the procurement file.',
    verify: 'Verify the chain',
    valid: 'The chain is intact: all {{length}} entries verify.',
    broken: 'The chain breaks at entry {{sequence}}.',
    head: 'Latest hash: {{hash}}',
    exportCsv: 'Download CSV',
    exportJson: 'Download JSON',
    exportFailed: 'The export failed ({{status}}).',
    empty: 'No entries yet.',
    table: 'Ledger entries',
    cols: { sequence: 'No.', at: 'Time', action: 'Event', actor: 'Actor', summary: 'Description' },
    navet: 'Navet',
    showMore: 'Show more',
  },
);
