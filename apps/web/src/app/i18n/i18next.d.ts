import 'i18next';
import type nb from './nb.json';

// Types `t()` against the bokmål messages: a key that does not exist fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}
