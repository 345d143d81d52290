import type { Locale } from '@egov-kit/core';
import { formatMessage } from '@egov-kit/core/messages';
import type { MessageTree } from '@egov-kit/core';
import { apiMessages } from '../contract.js';

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*(?:,\s*[\w-]+\s*)?\}\}/g;
const NESTED = /\$t\(([\w.-]+)\)/g;

function lookup(tree: MessageTree, path: readonly string[]): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Translates a message key as the components would: `api.…` from the contract's texts, anything
 * else from core's catalogue; `{{name}}` (and `{{name, format}}`) filled from `params`, then
 * `$t(key)` nested. Falls back to Vietnamese, then to the key.
 */
export function translate(key: string, locale: Locale, params: Readonly<Record<string, unknown>> = {}): string {
  const path = key.split('.');
  const text = path[0] === 'api'
    ? lookup(apiMessages[locale], path.slice(1)) ?? lookup(apiMessages.vi, path.slice(1)) ?? key
    : formatMessage(key, locale);
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
  return filled.replace(NESTED, (_, nested: string) => translate(nested, locale, params));
}
