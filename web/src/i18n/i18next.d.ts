import type id from './id.json';

// Keys are checked at compile time against the Indonesian catalogue (the reference);
// i18n-keys.test.ts keeps the English one in step with it.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
