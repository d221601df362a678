import { defineMessages } from '../../i18n/define';

export const matchesMessages = defineMessages(
  {
    title: 'Matchningar',
  },
  {
    title: 'Matches',
  },
);
