import { useTranslation } from 'react-i18next';
import { changeLanguage, useLanguage } from '../i18n';
import type { Language } from '../i18n';

/** "ID | EN": two toggle buttons; the current language is marked pressed. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();

  const option = (language: Language, short: string, name: string) => (
    <button
      type="button"
      className="language-switch__option"
      aria-pressed={current === language}
      onClick={() => changeLanguage(language)}
    >
      {short}
      {/* The accessible name keeps the visible code and adds the language's own name. */}
      <span className="visually-hidden" lang={language}>
        {' '}
        {name}
      </span>
    </button>
  );

  return (
    <div className="language-switch" role="group" aria-label={t('language.switchLabel')}>
      {option('id', t('language.idShort'), t('language.idName'))}
      <span aria-hidden="true">|</span>
      {option('en', t('language.enShort'), t('language.enName'))}
    </div>
  );
}
