import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './en.json';
import id from './id.json';

/** Bahasa Indonesia first, English second (mission, point 8). */
export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

const defaultLanguage: Language = 'id';
const storageKey = 'tanggap.language';

export const resources = {
  id: { translation: id },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** localStorage can throw (private mode, disabled storage): the app must still work. */
function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered across visits; the choice still holds for this page.
  }
}

i18next.on('languageChanged', (language) => {
  if (!isLanguage(language)) return;
  document.documentElement.lang = language;
  storeLanguage(language);
});

void i18next.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  // Resources are bundled: initialise synchronously so the first render has its text.
  initAsync: false,
  returnEmptyString: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});

export const i18n = i18next;

/** The language of the UI now, for code outside React (the API client). */
export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage;
}

export function changeLanguage(language: Language): void {
  void i18next.changeLanguage(language);
}

/** The UI language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : defaultLanguage;
}
