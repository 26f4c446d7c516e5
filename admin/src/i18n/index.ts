import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { zhCN } from './zh-CN';

const catalogs: Record<string, TranslationMessages> = { 'zh-CN': zhCN, en };

/** Simplified Chinese by default, English by the switch in the app bar. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => catalogs[locale] ?? zhCN,
  'zh-CN', // react-admin's store remembers the officer's choice
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
