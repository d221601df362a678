import { defineMessages } from '../../../i18n/define';

export const myNeedsMessages = defineMessages(
  {
    title: 'Mina behov',
  },
  {
    title: 'My needs',
  },
);
