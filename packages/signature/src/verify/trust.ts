/** A certificate's chain to a trust anchor and the revocation status of each link. */
import { checkRevocation, type RevocationStatus } from '../revocation/check.js';
import { fetchCrls, fetchOcsp } from '../revocation/fetch.js';
import { buildChain, type ChainResult, type LeafPurpose } from '../trust/chain.js';
import type { Certificate } from '../x509/certificate.js';
import type { VerificationContext } from './context.js';

/** A chain and what revocation data says about each certificate on it. */
export interface TrustAssessment {
  readonly chain: ChainResult;
  /** For each certificate below the anchor (leaf first), when its issuer is known. */
  readonly revocation: readonly { readonly certificate: Certificate; readonly status: RevocationStatus }[];
}

/**
 * Builds `leaf`'s chain for `purpose` at `time`, then checks revocation along it with data that
 * must be current at `revocationTime`: a time a timestamp proves, else the validation time — never
 * a time the signer merely claims, or old data would vouch for a key revoked since.
 */
export async function assessTrust(context: VerificationContext, leaf: Certificate, purpose: LeafPurpose, time: Date, revocationTime: Date): Promise<TrustAssessment> {
  const chain = await buildChain({
    leaf,
    pool: context.certificates(),
    trusted: context.trustList.entries,
    purpose,
    time,
    keys: context.keys,
  }, context.issuers);
  const revocation: { certificate: Certificate; status: RevocationStatus }[] = [];
  const last = chain.anchor ? chain.path.length - 1 : chain.path.length;
  for (let i = 0; i < last; i++) {
    const certificate = chain.path[i]!;
    const issuer = chain.path[i + 1];
    if (!issuer) break;
    if (certificate.ocspNoCheck && purpose === 'ocsp') continue;
    let status = await checkRevocation(certificate, issuer, revocationTime, context.sources, context);
    if (status.status === 'unknown' && context.fetch && !context.fetched.has(certificate)) {
      context.fetched.add(certificate);
      const ocsp = await fetchOcsp(context.fetch, certificate, issuer, context.hasher, context.fetchTimeoutMs);
      const crls = ocsp ? [] : await fetchCrls(context.fetch, certificate, context.fetchTimeoutMs);
      if (ocsp) context.addCertificates(ocsp.certificates, 'revocation-data');
      context.addParsed(crls, ocsp ? [ocsp] : [], 'online');
      status = await checkRevocation(certificate, issuer, revocationTime, context.sources, context);
    }
    revocation.push({ certificate, status });
  }
  return { chain, revocation };
}
