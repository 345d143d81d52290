import type { Transport } from '../transport/transport.js';

/**
 * Where the transport gets the bearer token of a request: the host site's login, OAuth client
 * credentials ({@link clientCredentials}), or your own.
 */
export interface TokenSource {
  /** The token for the next request made through `transport`, or `undefined` to send none. */
  token(transport: Transport, signal?: AbortSignal): Promise<string | undefined>;
  /**
   * Called when the server refused `refused` (401): forget it, and say whether asking
   * {@link TokenSource.token} again may give a better one (then the request is sent once more).
   */
  renew?(refused: string): boolean;
}
