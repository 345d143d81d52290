import type { Locale } from '../locale.js';
import type { FormFieldOf } from './fields.js';

/** How many files a file field takes: its `maxFiles`, 1 by default. */
export function maxFilesOf(field: Pick<FormFieldOf<'file'>, 'validation'>): number {
  return field.validation?.maxFiles ?? 1;
}

const MEBIBYTE = 1_048_576;

/** A size limit in MB, rounded to one decimal, as messages tell it to people (`{{maxSizeMb, number}} MB`). */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MEBIBYTE) * 10) / 10;
}

/** A file's size as people read it in `locale`: `2,5 MB`, `120 kB` (never below 0.1 kB). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= MEBIBYTE ? [bytes / MEBIBYTE, 'megabyte'] : [Math.max(bytes / 1024, 0.1), 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
