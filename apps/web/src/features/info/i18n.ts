import { defineMessages } from '../../i18n/define';

export const infoMessages = defineMessages(
  {
    title: 'Tillgänglighetsredogörelse',
  },
  {
    title: 'Accessibility statement',
  },
);
