/** The page's language: `<html lang>`, remembered on this device. Every element follows it live. */
import type { Locale } from '@egov-kit/core';
import { toLocale } from '@egov-kit/elements/i18n';

const STORAGE_KEY = 'egov-portal:lang';

/** The language shown now. */
export function currentLocale(): Locale {
  return toLocale(document.documentElement.lang);
}

/** Shows the page in `locale` (elements re-render through their `[lang]` watch) and remembers it. */
export function setLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be off (private mode): the choice lasts for this page only.
  }
}

/** Applies the remembered language at start; Vietnamese by default. */
export function restoreLocale(): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null;
  }
  document.documentElement.lang = toLocale(saved ?? 'vi');
}
