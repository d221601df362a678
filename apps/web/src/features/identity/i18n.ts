import { defineMessages } from '../../i18n/define';

export const identityMessages = defineMessages(
  {
    signIn: {
      title: 'Logga in',
      email: 'E-postadress',
      password: 'Lösenord',
      submit: 'Logga in',
      failed: 'Fel e-postadress eller lösenord.',
      forgot: 'Glömt lösenordet?',
      noAccount: 'Ny på Navet? Registrera din organisation',
    },
    signOut: 'Logga ut',
    sessionExpired: 'Din session har gått ut. Logga in igen.',
  },
  {
    signIn: {
      title: 'Sign in',
      email: 'Email address',
      password: 'Password',
      submit: 'Sign in',
      failed: 'Wrong email address or password.',
      forgot: 'Forgot your password?',
      noAccount: 'New to Navet? Register your organization',
    },
    signOut: 'Sign out',
    sessionExpired: 'Your session has expired. Please sign in again.',
  },
);
