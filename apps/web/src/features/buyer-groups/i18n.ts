import { defineMessages } from '../../i18n/define';

export const buyerGroupsMessages = defineMessages(
  {
    title: 'Beställargrupper',
  },
  {
    title: 'Buyer groups',
  },
);
