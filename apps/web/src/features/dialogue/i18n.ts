import { defineMessages } from '../../i18n/define';

export const dialogueMessages = defineMessages(
  {
    title: 'Dialoger',
  },
  {
    title: 'Dialogues',
  },
);
