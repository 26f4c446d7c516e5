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

/** Dates and times as officers read them: Asia/Shanghai, whatever the browser's zone. */
export function formatDateTime(value: string | null | undefined, locale: string, withTime = true): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  }).format(new Date(value));
}
