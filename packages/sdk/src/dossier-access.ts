import { apiHeaders, type DossierAccess } from './contract.js';
import type { ApiRequest } from './transport/transport.js';

/**
 * What opens a dossier besides its code: the verifier the applicant knows (their mobile number or
 * personal ID number, as a plain string or `{ verifier }`), or an access token the API handed out
 * (`{ token }`, or the dossier's `access`). Lookups with a verifier are rate-limited by the
 * server; a token is not, so long-lived pages switch to the token after the first lookup.
 */
export type DossierCredential = string | { verifier: string } | { token: string } | DossierAccess;

/** Whether a credential is a verifier (not a token). */
export function isVerifier(credential: DossierCredential): credential is string | { verifier: string } {
  return typeof credential === 'string' || 'verifier' in credential;
}

/** The request fields that present a credential: the verifier header, or the token as bearer. */
export function presentCredential(credential: DossierCredential): Pick<ApiRequest<unknown>, 'auth' | 'headers'> {
  if (isVerifier(credential)) {
    const verifier = typeof credential === 'string' ? credential : credential.verifier;
    return { auth: 'none', headers: { [apiHeaders.dossierVerifier]: verifier } };
  }
  return { auth: { bearer: credential.token } };
}

/** The dossier path of `code` under the API. */
export function dossierPath(code: string): string {
  return `/dossiers/${encodeURIComponent(code)}`;
}

/** `If-Match` for a dossier version the caller last saw, so a change made meanwhile is refused (412). */
export function ifMatchHeader(version: number | undefined): Record<string, string> {
  return version === undefined ? {} : { 'if-match': `"${version}"` };
}
