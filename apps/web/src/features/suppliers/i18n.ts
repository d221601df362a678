import { defineMessages } from '../../i18n/define';

export const suppliersMessages = defineMessages(
  {
    title: 'Leverantörer',
  },
  {
    title: 'Suppliers',
  },
);
