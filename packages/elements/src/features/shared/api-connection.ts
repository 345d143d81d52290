/**
 * How a feature component reaches the API: the host's own SDK client (the `client` property), or
 * a transport made here from the `api-base` attribute. Feature components call the SDK's subpath
 * functions with it (`getProcedure(transport, …)`), so a page ships only the calls it makes.
 */
import type { Locale } from '@egov-kit/core';
import { createTransport, type Transport, type TransportOptions } from '@egov-kit/sdk/transport';

/** Where a feature component's API is: the host's client, or the API's address. */
export interface ApiSource {
  /** An SDK client (`createClient`) or transport of the host's; it wins over `apiBase`. */
  client?: Transport | undefined;
  /** The API's address: the server's root or its `/api/v1`, absolute or relative to the page. */
  apiBase?: string | undefined;
}

/**
 * Keeps one transport per API address for one element, so its calls share retries, timeouts and
 * the language of problem texts (read per request: a `lang` change applies to the next call).
 */
export class ApiConnection {
  private made: { apiBase: string; transport: Transport } | undefined;

  /**
   * @param locale the element's language now (problem texts come back in it).
   * @param options further transport options for a transport made from `apiBase` (e.g. `auth`).
   */
  constructor(
    private readonly locale: () => Locale,
    private readonly options: () => Omit<TransportOptions, 'baseUrl' | 'locale'> = () => ({}),
  ) {}

  /** The transport for `source`, or `undefined` when it names no API. */
  of(source: ApiSource): Transport | undefined {
    if (source.client) return source.client;
    const apiBase = source.apiBase?.trim();
    if (!apiBase) return undefined;
    if (this.made?.apiBase !== apiBase) {
      this.made = { apiBase, transport: createTransport({ ...this.options(), baseUrl: apiBase, locale: this.locale }) };
    }
    return this.made.transport;
  }

  /** Forgets the transport made so far (its options changed). */
  reset(): void {
    this.made = undefined;
  }
}
