import { defineMessages } from '../../../i18n/define';

export const needPageMessages = defineMessages(
  {
    title: 'Behov',
  },
  {
    title: 'Need',
  },
);
