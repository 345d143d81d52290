import { type CivilDate, type IsoDate, formatIsoDate, isValidCivilDate, toCivilDate, VIETNAM_UTC_OFFSET_MINUTES } from '../dates.js';
import { defaultLocale, type Locale } from '../locale.js';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Writes a date as Vietnamese documents do, `dd/MM/yyyy` (`29/01/2025`), in Vietnam's time zone
 * when given an instant. The same form is used in English, as on the documents themselves.
 */
export function formatDate(value: Date | IsoDate | CivilDate): string {
  const { year, month, day } = toCivilDate(value);
  return `${pad2(day)}/${pad2(month)}/${String(year).padStart(4, '0')}`;
}

/** Writes an instant as `HH:mm dd/MM/yyyy` in Vietnam's time zone (`14:05 29/01/2025`). */
export function formatDateTime(instant: Date): string {
  // Vietnam keeps UTC+7 all year, as formatDate reads it: no Intl formatter (one is costly to make,
  // and a dossier's history writes hundreds of instants).
  const local = new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  return `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())} ${formatDate(instant)}`;
}

const WRITTEN_DATE = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

/**
 * Reads a date as people write it in Vietnam, day first: `29/01/2025`, `9/1/2025`, `29-01-2025`,
 * `29.01.2025`. Returns the ISO date, or `undefined` when the text is not a real date.
 */
export function parseDate(text: string): IsoDate | undefined {
  const match = WRITTEN_DATE.exec(text);
  if (!match) return undefined;
  const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  return isValidCivilDate(date) ? formatIsoDate(date) : undefined;
}

const moneyFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * Writes an amount of Vietnamese đồng: `1.500.000 ₫` in Vietnamese, `₫1,500,000` in English.
 * Amounts are whole đồng; fractions are rounded.
 */
export function formatVnd(amount: number, locale: Locale = defaultLocale): string {
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      style: 'currency', currency: 'VND', maximumFractionDigits: 0,
    });
    moneyFormats.set(locale, format);
  }
  return format.format(Math.round(amount));
}
