/**
 * One i18next instance per page, shared by every egov-kit element, even by copies of this package
 * bundled separately into different scripts: the instance lives on `globalThis` under
 * `Symbol.for('egov-kit.i18n')`, and each copy adds its texts to it. Vietnamese is the default and
 * the fallback; English is complete. Core's texts (validation messages, unit kinds…) are loaded
 * from `@egov-kit/core/messages` on first use, under core's namespace, in a chunk of their own.
 * @module
 */
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { defaultLocale, locales, type Locale, type MessageTree, type SameKeys } from '@egov-kit/core';

export type { I18n, Locale };

/** The namespace of the elements' own texts (the default namespace of the shared instance). */
export const elementsNamespace = 'elements';

/** The namespace of core's texts: keys such as `identifier.cccd.wrong-length` live here. */
export const coreNs = 'core';

const SHARED = Symbol.for('egov-kit.i18n');

/** Messages in both languages, as `defineMessages` from `@egov-kit/core` declares them. */
export interface Messages<T extends MessageTree = MessageTree> {
  vi: T;
  en: SameKeys<T>;
}

type Shared = typeof globalThis & { [SHARED]?: I18n };

/** Texts this copy has added to the shared instance. */
const registered = new WeakSet<object>();
/** Instances this copy listens to (normally one). */
const listened = new WeakSet<I18n>();
const listeners = new Set<() => void>();

let coreLoad: Promise<void> | undefined;

/**
 * The page's shared i18next instance, created on first call. Pass it your own resources with
 * `addResourceBundle`, or read texts with `getFixedT(locale, namespace)`.
 */
export function getI18n(): I18n {
  const shared = globalThis as Shared;
  let instance = shared[SHARED];
  if (!instance) {
    instance = i18next.createInstance();
    // Resources are in memory, so init completes synchronously.
    void instance.init({
      lng: defaultLocale,
      fallbackLng: defaultLocale,
      supportedLngs: [...locales],
      ns: [elementsNamespace, coreNs],
      defaultNS: elementsNamespace,
      resources: {},
      initAsync: false,
      // Lit escapes what it renders; escaping here too would show `&amp;` to people.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    shared[SHARED] = instance;
  }
  if (!listened.has(instance)) {
    listened.add(instance);
    instance.store.on('added', () => notify());
  }
  return instance;
}

/** Calls every listener of this copy: texts were added, elements re-render. */
function notify(): void {
  for (const listener of listeners) listener();
}

/** Runs `listener` whenever texts are added to the shared instance. Returns the unsubscribe function. */
export function onMessagesAdded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Adds an element's texts to the shared instance, once, under the elements namespace. Existing
 * keys are kept, so a page's own translation of a key wins over the built-in one.
 */
export function registerMessages(messages: Messages): void {
  if (registered.has(messages)) return;
  registered.add(messages);
  const instance = getI18n();
  for (const locale of locales) instance.addResourceBundle(locale, elementsNamespace, messages[locale], true, false);
}

/**
 * Loads core's texts into the shared instance under {@link coreNs}, once per page. Elements call it
 * when they connect; it resolves when the texts are there (at once if they already are).
 */
export function loadCoreMessages(): Promise<void> {
  const instance = getI18n();
  if (instance.hasResourceBundle(defaultLocale, coreNs)) return Promise.resolve();
  coreLoad ??= import('@egov-kit/core/messages').then(({ coreMessages, coreNamespace }) => {
    for (const locale of locales) {
      if (!instance.hasResourceBundle(locale, coreNamespace)) instance.addResourceBundle(locale, coreNamespace, coreMessages[locale], true, false);
    }
  });
  return coreLoad;
}

/** The locale egov-kit uses for a `lang` value: `vi-VN` → `vi`, `en-GB` → `en`, anything else → `vi`. */
export function toLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (locales as readonly string[]).includes(primary) ? (primary as Locale) : defaultLocale;
}

/** A message to show: a key (elements namespace unless `ns` says otherwise) with parameters, or a text as is. */
export type Message =
  | { key: string; params?: Record<string, unknown>; ns?: string }
  | { text: string };

/**
 * Translates `message` into `locale`. A text of a namespace not loaded yet (core's, while its chunk
 * loads) is `''` rather than its key, so people never see a key flash by.
 */
export function translate(message: Message, locale: Locale): string {
  if ('text' in message) return message.text;
  const ns = message.ns ?? elementsNamespace;
  const instance = getI18n();
  if (ns !== elementsNamespace && !instance.hasResourceBundle(defaultLocale, ns)) return '';
  const options: TOptions = { ...message.params, lng: locale, ns };
  return instance.t(message.key, options) as string;
}
