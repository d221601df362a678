import { defineMessages } from '../../i18n/define';

export const ledgerMessages = defineMessages(
  {
    title: 'Likabehandlingslogg',
  },
  {
    title: 'Equal-treatment ledger',
  },
);
