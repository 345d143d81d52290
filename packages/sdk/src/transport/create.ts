import type { TokenSource } from '../auth/strategy.js';
import type { TransportOptions } from './options.js';
import { buildTransport, type Transport } from './transport.js';

/**
 * Creates the transport that the SDK's functions take: where the API is, authentication,
 * timeouts, retries, typed errors and contract checks, and nothing else. Use it with the subpath
 * entries when a page needs only some of the API:
 *
 * ```ts
 * import { createTransport } from '@egov-kit/sdk/transport';
 * import { lookupDossier } from '@egov-kit/sdk/tracking';
 * const api = createTransport({ baseUrl: 'https://dichvucong.example.gov.vn' });
 * const dossier = await lookupDossier(api, code, phone);
 * ```
 */
export function createTransport(options: TransportOptions): Transport {
  const { auth } = options;
  if (auth !== undefined && typeof auth !== 'function' && typeof (auth as Partial<TokenSource>).token !== 'function') {
    throw new TypeError('createTransport: `auth` is a token provider or a token source; for client credentials use clientCredentials() from @egov-kit/sdk/client-credentials, or createClient.');
  }
  const source: TokenSource | undefined = typeof auth === 'function' ? { token: async () => auth() } : auth;
  return buildTransport(options, source);
}
