import { tokenResponseSchema } from '../contract.js';
import { isBrowserLike } from '../environment.js';
import { UnsupportedEnvironmentError } from '../errors.js';
import type { ClientCredentialsOptions } from '../transport/options.js';
import type { TokenSource } from './strategy.js';

/** A cached token and when it should be replaced. */
interface CachedToken {
  value: string;
  /** Epoch ms after which a new token is fetched. */
  renewAt: number;
}

/** `id:secret` for HTTP Basic, each form-encoded first (RFC 6749 §2.3.1). */
function basicCredentials(id: string, secret: string): string {
  return `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`;
}

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4), **for servers only**: fetches a token from the
 * token endpoint (`<baseUrl>/oauth/token` unless `tokenUrl` says otherwise) with HTTP Basic, keeps
 * it until shortly before it expires, shares one token request among concurrent calls, and
 * forgets a token the server refused so the next call fetches a fresh one. Pass it as `auth`:
 *
 * ```ts
 * import { createTransport } from '@egov-kit/sdk/transport';
 * import { clientCredentials } from '@egov-kit/sdk/client-credentials';
 * const api = createTransport({ baseUrl, auth: clientCredentials({ clientId, clientSecret: process.env.EGOV_SECRET! }) });
 * ```
 * @throws UnsupportedEnvironmentError in a browser, where the secret would be public.
 */
export function clientCredentials(options: ClientCredentialsOptions, now: () => number = Date.now): TokenSource {
  if (isBrowserLike()) {
    throw new UnsupportedEnvironmentError('client-credentials-in-browser',
      'OAuth client credentials are for servers: in a browser the client secret would be public. Use a bearer-token provider (the site\'s login) instead.');
  }
  let cached: CachedToken | undefined;
  let pending: Promise<string> | undefined;
  const scope = typeof options.scope === 'string' ? options.scope : options.scope?.join(' ');

  const fetchToken = async (transport: Parameters<TokenSource['token']>[0]): Promise<string> => {
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scope) form.set('scope', scope);
    const requestedAt = now();
    const { data } = await transport.request({
      method: 'POST', url: options.tokenUrl ?? 'oauth/token', body: form, auth: 'none', schema: tokenResponseSchema,
      headers: { authorization: basicCredentials(options.clientId, options.clientSecret) },
      // Asking for a token changes nothing on the server: it is safe to ask again.
      idempotent: true,
    });
    const lifetimeMs = data.expires_in * 1000;
    const margin = Math.min(options.refreshMarginMs ?? 60_000, lifetimeMs / 10);
    cached = { value: data.access_token, renewAt: requestedAt + lifetimeMs - margin };
    return data.access_token;
  };

  return {
    async token(transport) {
      if (cached && now() < cached.renewAt) return cached.value;
      pending ??= fetchToken(transport).finally(() => {
        pending = undefined;
      });
      return pending;
    },
    renew(refused) {
      if (cached?.value === refused) cached = undefined;
      return true;
    },
  };
}

/** Whether an `auth` option is client credentials (rather than a token provider or source). */
export function isClientCredentials(auth: unknown): auth is ClientCredentialsOptions {
  return typeof auth === 'object' && auth !== null && 'clientId' in auth && 'clientSecret' in auth;
}
