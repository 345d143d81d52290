/** Certificate revocation lists (RFC 5280 §5), parsed with pkijs. */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from '../crypto/oids.js';
import { readSignatureAlgorithm, type SignatureAlgorithm } from '../crypto/signature-algorithms.js';
import { toHex } from '../util/bytes.js';
import { parseDer } from '../x509/der.js';
import { readName, type DistinguishedName } from '../x509/names.js';

/** Why a certificate was revoked (RFC 5280 CRLReason). */
export const REVOCATION_REASONS = [
  'unspecified', 'keyCompromise', 'cACompromise', 'affiliationChanged', 'superseded', 'cessationOfOperation',
  'certificateHold', 'unused', 'removeFromCRL', 'privilegeWithdrawn', 'aACompromise',
] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** A CRL, parsed. */
export interface Crl {
  readonly der: Uint8Array;
  readonly issuer: DistinguishedName;
  readonly thisUpdate: Date;
  readonly nextUpdate?: Date;
  readonly authorityKeyId?: string;
  readonly delta: boolean;
  /** Scoped by an issuing distribution point (partitioned or indirect CRL). */
  readonly partitioned: boolean;
  readonly tbs: Uint8Array;
  readonly signatureAlgorithm: SignatureAlgorithm;
  readonly signatureValue: Uint8Array;
  /** Revoked serial numbers (hex, no leading zeros). */
  readonly revoked: ReadonlyMap<string, { date: Date; reason?: RevocationReason }>;
}

/** Reads a DER CRL; `undefined` when it is not one. Never throws. */
export function parseCrl(der: Uint8Array): Crl | undefined {
  try {
    const decoded = parseDer(der);
    if (!decoded) return undefined;
    const crl = new pkijs.CertificateRevocationList({ schema: decoded.result });
    const revoked = new Map<string, { date: Date; reason?: RevocationReason }>();
    for (const entry of crl.revokedCertificates ?? []) {
      const serial = toHex(entry.userCertificate.valueBlock.valueHexView).replace(/^0+(?=.)/, '');
      let reason: RevocationReason | undefined;
      for (const ext of entry.crlEntryExtensions?.extensions ?? []) {
        if (ext.extnID !== OID.crlReason) continue;
        const value = asn1js.fromBER(ext.extnValue.valueBlock.valueHexView).result;
        if (value instanceof asn1js.Enumerated) reason = REVOCATION_REASONS[value.valueBlock.valueDec];
      }
      revoked.set(serial, reason ? { date: entry.revocationDate.value, reason } : { date: entry.revocationDate.value });
    }
    let authorityKeyId: string | undefined;
    let delta = false;
    let partitioned = false;
    for (const ext of crl.crlExtensions?.extensions ?? []) {
      if (ext.extnID === OID.authorityKeyIdentifier && ext.parsedValue instanceof pkijs.AuthorityKeyIdentifier && ext.parsedValue.keyIdentifier) {
        authorityKeyId = toHex(ext.parsedValue.keyIdentifier.valueBlock.valueHexView);
      } else if (ext.extnID === OID.deltaCrlIndicator) {
        delta = true;
      } else if (ext.extnID === OID.issuingDistributionPoint) {
        partitioned = true;
      }
    }
    return {
      der: der.subarray(0, decoded.length),
      issuer: readName(crl.issuer),
      thisUpdate: crl.thisUpdate.value,
      ...(crl.nextUpdate ? { nextUpdate: crl.nextUpdate.value } : {}),
      ...(authorityKeyId ? { authorityKeyId } : {}),
      delta,
      partitioned,
      tbs: crl.tbsView,
      signatureAlgorithm: readSignatureAlgorithm(crl.signatureAlgorithm),
      signatureValue: crl.signatureValue.valueBlock.valueHexView,
      revoked,
    };
  } catch {
    return undefined;
  }
}
