// Runs before each component test file: the real i18next with the message files, in bokmål
// (the default language), so tests find what a user reads.
import { TextDecoder, TextEncoder } from 'node:util';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '@web/app/i18n/i18n';

// jsdom leaves out the encoders that browsers and react-router have.
Object.assign(globalThis, { TextEncoder, TextDecoder });

void i18next.use(initReactI18next).init({
  resources,
  lng: 'nb',
  fallbackLng: 'nb',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
