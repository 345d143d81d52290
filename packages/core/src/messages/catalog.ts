import { calendarMessages } from '../calendar/messages.js';
import { apiMessages } from '../contract/messages.js';
import { identifierMessages } from '../identifiers/messages.js';
import { defaultLocale, type Locale } from '../locale.js';
import { formMessages } from '../schemas/messages.js';
import { statusMessages } from '../status/messages.js';
import { unitMessages } from '../units/messages.js';
import type { MessageTree } from './define.js';

/** The i18next namespace under which core's messages are registered. */
export const coreNamespace = 'core';

/**
 * Every text core names, in Vietnamese and English, as i18next resources: register
 * `coreMessages[locale]` under {@link coreNamespace}. Keys are the `messageKey`s that core's
 * results carry, such as `identifier.cccd.wrong-length` or `status.name.received`.
 */
export const coreMessages = {
  vi: {
    status: statusMessages.vi,
    form: formMessages.vi,
    identifier: identifierMessages.vi,
    unit: unitMessages.vi,
    calendar: calendarMessages.vi,
    api: apiMessages.vi,
  },
  en: {
    status: statusMessages.en,
    form: formMessages.en,
    identifier: identifierMessages.en,
    unit: unitMessages.en,
    calendar: calendarMessages.en,
    api: apiMessages.en,
  },
} as const satisfies Record<Locale, MessageTree>;

/** `{{name}}` or `{{name, format}}` (i18next's interpolation; a format may carry `(options)`). */
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*(?:,\s*([\w-]+)(?:\([^)]*\))?\s*)?\}\}/g;
/** `$t(key)`: i18next's nesting, resolved after the placeholders are filled. */
const NESTED = /\$t\(\s*([\w.-]+)\s*\)/g;
/** How deep `$t(key)` may nest before the rest is left as it is (a text nesting itself). */
const MAX_NESTING = 5;

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A number as people read it in `locale`: `1.234,5` in Vietnamese, `1,234.5` in English. */
function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function formatValue(value: unknown, format: string | undefined, locale: Locale): string {
  if (format === 'number') {
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
    if (Number.isFinite(number)) return formatNumber(number, locale);
  }
  return String(value);
}

function translate(key: string, locale: Locale, params: Readonly<Record<string, unknown>>, depth: number): string {
  const text = lookup(coreMessages[locale], key) ?? lookup(coreMessages[defaultLocale], key) ?? key;
  const filled = text.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) =>
    (Object.hasOwn(params, name) ? formatValue(params[name], format, locale) : whole));
  if (depth >= MAX_NESTING) return filled;
  return filled.replace(NESTED, (_, nested: string) => translate(nested, locale, params, depth + 1));
}

/**
 * Translates one of core's message keys without i18next (servers, CLIs, tests), as i18next would:
 * `{{name}}` placeholders are filled from `params` (`{{name, number}}` writes a number as people
 * read it in `locale`, `5,5` in Vietnamese, `5.5` in English), then `$t(key)` is replaced by that
 * key's text from the same catalogue, such as a status's name. Falls back to Vietnamese, then to
 * the key itself, so a person always sees something; a placeholder without a value stays as it is.
 */
export function formatMessage(key: string, locale: Locale = defaultLocale, params: Readonly<Record<string, unknown>> = {}): string {
  return translate(key, locale, params, 0);
}

/** Whether `key` names a message in core's catalogue. */
export function hasMessage(key: string, locale: Locale = defaultLocale): boolean {
  return lookup(coreMessages[locale], key) !== undefined;
}
