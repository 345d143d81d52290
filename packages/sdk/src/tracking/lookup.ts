import { dossierHistorySchema, dossierSchema, type Dossier, type DossierHistory } from '../contract.js';
import { dossierPath, presentCredential, type DossierCredential } from '../dossier-access.js';
import type { CallOptions, Transport } from '../transport/transport.js';

/**
 * A dossier by its code and a credential: the verifier (the applicant's phone or ID number) or an
 * access token. The answer carries a fresh access token (`access`) for the calls that follow.
 * @throws ProblemError `dossier-not-found` for an unknown code or a wrong verifier (never told
 * apart), `dossier-access-expired` for an expired token, `rate-limited` after too many lookups.
 */
export async function lookupDossier(api: Transport, code: string, credential: DossierCredential, options: CallOptions = {}): Promise<Dossier> {
  const { data } = await api.request({ ...options, ...presentCredential(credential), method: 'GET', path: dossierPath(code), schema: dossierSchema });
  return data;
}

/** A dossier's status history, oldest first. */
export async function getDossierHistory(api: Transport, code: string, credential: DossierCredential, options: CallOptions = {}): Promise<DossierHistory> {
  const { data } = await api.request({
    ...options, ...presentCredential(credential), method: 'GET', path: `${dossierPath(code)}/history`, schema: dossierHistorySchema,
  });
  return data;
}
