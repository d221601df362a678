import 'i18next';
import type { Resources } from './resources';

// t() keys are checked at compile time against the Swedish messages of each namespace.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'shared';
    resources: Resources;
    returnNull: false;
  }
}
