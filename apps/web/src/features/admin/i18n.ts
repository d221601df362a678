import { defineMessages } from '../../i18n/define';

export const adminMessages = defineMessages(
  {
    title: 'Administration',
  },
  {
    title: 'Administration',
  },
);
