/**
 * The trust list: the one format the reference server serves at `/api/v1/trust-list` and the
 * engine reads directly, given by URL (`trust-list`) or as a property. Fetched once per URL.
 */
import type { TrustListJson } from '@egov-kit/signature';

const fetched = new Map<string, Promise<string>>();

/** The list's text or JSON, fetched when given by URL; rejects when it cannot be fetched. */
export function trustListFrom(url: string, property: TrustListJson | string | undefined): Promise<TrustListJson | string | undefined> {
  if (property !== undefined) return Promise.resolve(property);
  if (!url) return Promise.resolve(undefined);
  const href = new URL(url, globalThis.location.href).href;
  let text = fetched.get(href);
  if (!text) {
    text = fetch(href, { headers: { accept: 'application/json' } }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    fetched.set(href, text);
    text.catch(() => fetched.delete(href));
  }
  return text;
}
