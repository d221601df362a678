import { defineMessages } from '../../i18n/define';

export const privacyMessages = defineMessages(
  {
    title: 'Mina uppgifter',
  },
  {
    title: 'My data',
  },
);
