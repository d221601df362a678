import { defineMessages } from '../../../i18n/define';

export const needSearchMessages = defineMessages(
  {
    title: 'Sök behov',
  },
  {
    title: 'Search needs',
  },
);
