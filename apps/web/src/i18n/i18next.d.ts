import 'i18next';
import type { resources } from './resources';

// t() keys are checked at compile time against the Swedish messages of each namespace.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'shared';
    resources: (typeof resources)['sv'];
    returnNull: false;
  }
}
