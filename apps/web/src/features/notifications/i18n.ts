import { defineMessages } from '../../i18n/define';

export const notificationsMessages = defineMessages(
  {
    title: 'Aviseringar',
  },
  {
    title: 'Notifications',
  },
);
