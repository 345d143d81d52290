/**
 * `mount…(node, options)` for CMS pages that cannot write custom tags: one call puts a feature
 * component into a node of the page.
 */
import type { Locale } from '@egov-kit/core';

/** What every `mount…` function takes. */
export interface MountOptions {
  /** The component's language (`vi` by default, else the nearest `[lang]` of `node`). */
  lang?: Locale;
  /** The API's address (the component's `api-base`). */
  apiBase?: string;
  /**
   * The nonce of the page's Content-Security-Policy, for the few `<style>` elements a browser
   * without constructable stylesheets needs (Lit reads it as `window.litNonce`).
   */
  nonce?: string;
}

/**
 * Creates `tag`, gives it `options` (`lang` and `apiBase` as attributes, everything else as
 * properties) and puts it into `node` in place of what `node` held (a "loading…" text, a
 * `<noscript>`). Returns the element, to listen to its events.
 */
export function mountFeature<K extends keyof HTMLElementTagNameMap>(
  tag: K, node: Element, options: MountOptions & Partial<HTMLElementTagNameMap[K]>,
): HTMLElementTagNameMap[K] {
  const { lang, apiBase, nonce, ...properties } = options;
  const global = globalThis as { litNonce?: string };
  if (nonce && !global.litNonce) global.litNonce = nonce;
  const element = document.createElement(tag);
  if (lang) element.setAttribute('lang', lang);
  if (apiBase) element.setAttribute('api-base', apiBase);
  Object.assign(element, properties);
  node.replaceChildren(element);
  return element;
}
