import { useEffect } from 'react';
import { type Lang, t } from '../../core/i18n/messages.ts';

/**
 * `<html lang>` and the page title follow the UI's language, so screen readers pronounce the
 * page in it and the browser tab says the same as the header.
 */
export function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'appTitle');
  }, [lang]);
}
