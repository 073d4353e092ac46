import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import id from './id.json';

/** Bahasa Indonesia first, English second (mission, point 8). */
export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

const defaultLanguage = 'id' satisfies Language;
const storageKey = 'tanggap.language';

/**
 * Indonesian ships with the page; English is downloaded when chosen. Each catalogue holds the
 * text of every page, so bundling both would make a phone on a slow connection download the
 * language it does not read (see docs/performance.md, the public pages' budget).
 */
export const resources = {
  id: { translation: id },
} as const;

const otherCatalogues: Record<
  Exclude<Language, typeof defaultLanguage>,
  () => Promise<{ default: unknown }>
> = {
  en: () => import('./en.json'),
};

/** Makes sure a language's text is loaded; resolves at once for Indonesian. */
async function loadLanguage(language: Language): Promise<void> {
  if (language === defaultLanguage || i18next.hasResourceBundle(language, 'translation')) return;
  const catalogue = (await otherCatalogues[language]()).default;
  i18next.addResourceBundle(language, 'translation', catalogue, true, true);
}

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

const storedLanguage = readStoredLanguage();

void i18next.use(initReactI18next).init({
  resources,
  lng: storedLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  // English arrives later (loadLanguage), added to the store when it does.
  partialBundledLanguages: true,
  // Indonesian is bundled: initialise synchronously so the first render has its text.
  initAsync: false,
  returnEmptyString: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});

export const i18n = i18next;

/**
 * Resolves once the text of the remembered language is there: main.tsx renders after it, so a
 * visitor who chose English never sees the page flash in Indonesian. If English cannot be
 * loaded (offline), the page renders in Indonesian, the fallback.
 */
export const i18nReady: Promise<void> = loadLanguage(storedLanguage).then(
  () => void i18next.changeLanguage(storedLanguage),
  () => undefined,
);

/** The language of the UI now, for code outside React (the API client). */
export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage;
}

export function changeLanguage(language: Language): void {
  loadLanguage(language).then(
    () => void i18next.changeLanguage(language),
    // Not downloaded (offline): stay in the current language rather than show keys.
    () => undefined,
  );
}

/** The UI language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : defaultLanguage;
}
