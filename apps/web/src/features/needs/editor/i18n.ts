import { defineMessages } from '../../../i18n/define';

export const needEditorMessages = defineMessages(
  {
    title: 'Beskriv behovet',
  },
  {
    title: 'Describe the need',
  },
);
