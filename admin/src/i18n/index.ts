import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { zhCN } from './zh-CN';

/**
 * Simplified Chinese by default, English by the switch in the app bar. English is a chunk of its
 * own, fetched when chosen: most officers never load it, and the sign-in page stays light.
 */
export const i18nProvider = polyglotI18nProvider(
  (locale): TranslationMessages | Promise<TranslationMessages> =>
    locale === 'en' ? import('./en').then((module) => module.en) : zhCN,
  'zh-CN', // react-admin's store remembers the officer's choice
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
