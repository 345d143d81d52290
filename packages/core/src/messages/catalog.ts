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

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Translates one of core's message keys without i18next (servers, CLIs, tests), filling
 * `{{name}}` placeholders from `params`. Falls back to Vietnamese, then to the key itself, so a
 * person always sees something.
 */
export function formatMessage(key: string, locale: Locale = defaultLocale, params: Record<string, unknown> = {}): string {
  const text = lookup(coreMessages[locale], key) ?? lookup(coreMessages[defaultLocale], key) ?? key;
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether `key` names a message in core's catalogue. */
export function hasMessage(key: string, locale: Locale = defaultLocale): boolean {
  return lookup(coreMessages[locale], key) !== undefined;
}
