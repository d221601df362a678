import { defineMessages } from '../../i18n/define';

export const privacyMessages = defineMessages(
  {
    title: 'Mina uppgifter',
    intro: 'Du har rätt att få ut dina personuppgifter och att få dem raderade (GDPR artikel 15, 17 och 20).',
    export: {
      heading: 'Exportera mina uppgifter',
      intro: 'Hämta allt Navet har sparat om dig som en JSON-fil.',
      submit: 'Exportera',
      ready: 'Exporten är klar.',
      download: 'Ladda ner filen ({{file}})',
    },
    erase: {
      heading: 'Radera mitt konto',
      intro:
        'Dina personuppgifter tas bort överallt. Likabehandlingsloggar behåller en pseudonym så att de fortfarande går att verifiera. Det går inte att ångra.',
      open: 'Radera mitt konto…',
      dialogTitle: 'Radera kontot för gott?',
      password: 'Ditt lösenord, för att bekräfta',
      confirm: 'Ja, radera mitt konto',
      cancel: 'Avbryt',
      done: 'Ditt konto är raderat.',
      toStart: 'Till startsidan',
    },
  },
  {
    title: 'My data',
    intro: 'You have the right to get your personal data and to have it erased (GDPR articles 15, 17 and 20).',
    export: {
      heading: 'Export my data',
      intro: 'Download everything Navet stores about you as a JSON file.',
      submit: 'Export',
      ready: 'The export is ready.',
      download: 'Download the file ({{file}})',
    },
    erase: {
      heading: 'Erase my account',
      intro:
        'Your personal data is removed everywhere. Equal-treatment ledgers keep a pseudonym so they can still be verified. This cannot be undone.',
      open: 'Erase my account…',
      dialogTitle: 'Erase the account for good?',
      password: 'Your password, to confirm',
      confirm: 'Yes, erase my account',
      cancel: 'Cancel',
      done: 'Your account is erased.',
      toStart: 'Go to the start page',
    },
  },
);
