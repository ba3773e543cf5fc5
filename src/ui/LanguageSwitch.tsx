import { LANGS, type Lang, t } from '../core/i18n/messages.ts';

const LABEL: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Switches the UI and map labels between Vietnamese and English. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t(lang, 'language')}</legend>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === lang}
          onClick={() => onChange(option)}
        >
          {LABEL[option]}
        </button>
      ))}
    </fieldset>
  );
}
