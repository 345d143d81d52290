/** The languages egov-kit speaks. Vietnamese is the default everywhere. */
export const locales = ['vi', 'en'] as const;

/** A language egov-kit speaks: `'vi'` (default) or `'en'`. */
export type Locale = (typeof locales)[number];

/** The default language. */
export const defaultLocale: Locale = 'vi';

/** A text in both languages, as form definitions and catalogues carry it. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** Picks the text for `locale`, falling back to Vietnamese. */
export function localize(text: LocalizedText, locale: Locale = defaultLocale): string {
  return text[locale] || text.vi;
}
