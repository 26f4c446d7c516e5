import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Names the language of the page's text on <html lang> once its translations are in (English is a
 * chunk fetched when chosen): screen readers read it in that language (WCAG 2.1: 3.1.1).
 */
export function DocumentLanguage() {
  const language = useTranslate()('app.page_language');
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return null;
}
