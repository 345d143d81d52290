/**
 * Revocation status of one certificate at a given time, from the CRLs and OCSP responses at hand
 * (embedded in signatures, in the document security store, or fetched through the caller's fetch).
 */
import { digestParts, type HasherFactory } from '../crypto/digest.js';
import { verifySignature, type KeyCache } from '../crypto/verify.js';
import { OID } from '../crypto/oids.js';
import { bytesEqual, toHex } from '../util/bytes.js';
import type { Certificate } from '../x509/certificate.js';
import type { Crl, RevocationReason } from './crl.js';
import type { OcspResponse, OcspSingleResponse } from './ocsp.js';

/** Where a piece of revocation data came from. */
export type RevocationOrigin = 'signature' | 'dss' | 'online';

/** A CRL or OCSP response with its origin. */
export interface RevocationData<T> {
  readonly value: T;
  readonly origin: RevocationOrigin;
}

/** All revocation data known for a verification. */
export interface RevocationSources {
  readonly crls: RevocationData<Crl>[];
  readonly ocsps: RevocationData<OcspResponse>[];
}

/** A certificate's revocation status at the reference time. */
export interface RevocationStatus {
  readonly status: 'good' | 'revoked' | 'unknown';
  readonly source?: 'ocsp' | 'crl';
  readonly origin?: RevocationOrigin;
  readonly revokedAt?: Date;
  readonly reason?: RevocationReason;
  /** When the deciding CRL or OCSP response was issued. */
  readonly issuedAt?: Date;
}

/** What {@link checkRevocation} needs besides the data. */
export interface RevocationContext {
  readonly keys: KeyCache;
  readonly hasher: HasherFactory;
  /** Caches signature checks of CRLs and OCSP responses. */
  readonly verified: Map<string, Promise<boolean>>;
}

/** How long a response without `nextUpdate` is taken to stay current. */
const DEFAULT_VALIDITY_MS = 24 * 3600 * 1000;

function current(thisUpdate: Date, nextUpdate: Date | undefined, time: Date): boolean {
  const until = nextUpdate ? nextUpdate.getTime() : thisUpdate.getTime() + DEFAULT_VALIDITY_MS;
  return time.getTime() <= until;
}

async function signedBy(context: RevocationContext, id: string, signer: Certificate, tbs: Uint8Array, scheme: Certificate['signatureAlgorithm'], signature: Uint8Array): Promise<boolean> {
  const key = `${id}|${toHex(signer.spki).slice(-64)}`;
  let result = context.verified.get(key);
  if (!result) {
    result = verifySignature(context.keys, signer.spki, signer.publicKey, scheme.scheme, tbs, signature).then((r) => r === 'valid');
    context.verified.set(key, result);
  }
  return result;
}

/** Checks that `issuer` issued `responder` and that it may sign OCSP responses. */
async function authorisedResponder(context: RevocationContext, responder: Certificate, issuer: Certificate): Promise<boolean> {
  if (bytesEqual(responder.der, issuer.der)) return true;
  if (!responder.extendedKeyUsage?.includes(OID.kpOcspSigning)) return false;
  if (responder.issuer.matchKey !== issuer.subject.matchKey) return false;
  return signedBy(context, `cert:${responder.serial}:${responder.der.length}`, issuer, responder.tbs, responder.signatureAlgorithm, responder.signatureValue);
}

async function matchesCertId(context: RevocationContext, single: OcspSingleResponse, cert: Certificate, issuer: Certificate): Promise<boolean> {
  if (single.serial !== cert.serial || !single.hashAlgorithm) return false;
  const nameHash = toHex(await digestParts(single.hashAlgorithm, [issuerNameDer(cert)], context.hasher));
  if (nameHash !== single.issuerNameHash) return false;
  const keyHash = toHex(await digestParts(single.hashAlgorithm, [issuerKeyBits(issuer)], context.hasher));
  return keyHash === single.issuerKeyHash;
}

/** The DER of a certificate's issuer name, as OCSP hashes it. */
export function issuerNameDer(cert: Certificate): Uint8Array {
  return new Uint8Array(cert.pkijs.issuer.valueBeforeDecode);
}

/** The public key bits of a certificate, as OCSP hashes them. */
export function issuerKeyBits(issuer: Certificate): Uint8Array {
  return issuer.pkijs.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
}

/**
 * The status of `cert` (issued by `issuer`) at `time`. A revocation found in valid data is always
 * reported; "good" needs data that is current at `time` or issued after it.
 */
export async function checkRevocation(cert: Certificate, issuer: Certificate, time: Date, sources: RevocationSources, context: RevocationContext): Promise<RevocationStatus> {
  let revoked: RevocationStatus | undefined;
  let good: RevocationStatus | undefined;
  const consider = (candidate: RevocationStatus) => {
    if (candidate.status === 'revoked') {
      if (!revoked || (candidate.revokedAt && revoked.revokedAt && candidate.revokedAt < revoked.revokedAt)) revoked = candidate;
    } else if (candidate.status === 'good') {
      if (!good || (good.source === 'crl' && candidate.source === 'ocsp')) good = candidate;
    }
  };

  for (const { value: response, origin } of sources.ocsps) {
    for (const single of response.responses) {
      if (!(await matchesCertId(context, single, cert, issuer))) continue;
      const signers = [issuer, ...response.certificates];
      let valid = false;
      for (const signer of signers) {
        if (!(await authorisedResponder(context, signer, issuer))) continue;
        if (await signedBy(context, `ocsp:${toHex(response.tbs.subarray(-32))}:${response.tbs.length}`, signer, response.tbs, response.signatureAlgorithm, response.signatureValue)) {
          valid = true;
          break;
        }
      }
      if (!valid) continue;
      if (single.status === 'revoked') {
        consider({ status: 'revoked', source: 'ocsp', origin, issuedAt: single.thisUpdate, ...(single.revokedAt ? { revokedAt: single.revokedAt } : {}), ...(single.reason ? { reason: single.reason } : {}) });
      } else if (single.status === 'good' && current(single.thisUpdate, single.nextUpdate, time)) {
        consider({ status: 'good', source: 'ocsp', origin, issuedAt: single.thisUpdate });
      }
    }
  }

  for (const { value: crl, origin } of sources.crls) {
    if (crl.delta || crl.issuer.matchKey !== cert.issuer.matchKey) continue;
    if (crl.authorityKeyId && issuer.subjectKeyId && crl.authorityKeyId !== issuer.subjectKeyId) continue;
    if (issuer.keyUsage && !issuer.keyUsage.has('cRLSign')) continue;
    const valid = await signedBy(context, `crl:${toHex(crl.tbs.subarray(-32))}:${crl.tbs.length}`, issuer, crl.tbs, crl.signatureAlgorithm, crl.signatureValue);
    if (!valid) continue;
    const entry = crl.revoked.get(cert.serial);
    if (entry) {
      // A certificate put on hold and later released is dropped from the list, so a hold counts only while listed.
      consider({ status: 'revoked', source: 'crl', origin, issuedAt: crl.thisUpdate, revokedAt: entry.date, ...(entry.reason ? { reason: entry.reason } : {}) });
    } else if (current(crl.thisUpdate, crl.nextUpdate, time) && crl.thisUpdate.getTime() <= cert.notAfter.getTime()) {
      // CAs drop expired certificates from their CRLs, so a CRL issued after expiry proves nothing.
      consider({ status: 'good', source: 'crl', origin, issuedAt: crl.thisUpdate });
    }
  }
  return revoked ?? good ?? { status: 'unknown' };
}
