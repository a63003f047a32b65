import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  readStoredLanguage,
  resolveLanguage,
  storeLanguage,
  type Language,
} from './language';
import nb from './nb.json';

export const resources = {
  nb: { translation: nb },
  en: { translation: en },
} as const;

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Starts i18next with the remembered language and keeps `<html lang>` and storage in step. */
export function setUpI18n(): typeof i18next {
  const language = readStoredLanguage(browserStorage());
  i18next.on('languageChanged', (changed) => {
    const current = resolveLanguage(changed);
    document.documentElement.lang = current;
    storeLanguage(browserStorage(), current);
  });
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function changeLanguage(language: Language): Promise<unknown> {
  return i18next.changeLanguage(language);
}
