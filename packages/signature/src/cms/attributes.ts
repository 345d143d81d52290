/** Reading the CMS attributes PDF signatures use. */
import * as asn1js from 'asn1js';
import { OID } from '../crypto/oids.js';
import { childrenOf, encodedBytes, octets, oidOf } from '../x509/der.js';
import { toHex } from '../util/bytes.js';
import { attributeValue, type CmsAttribute } from './signed-data.js';

/** The content-type attribute's OID. */
export function readContentType(attributes: readonly CmsAttribute[]): string | undefined {
  return oidOf(attributeValue(attributes, OID.contentType));
}

/** The message-digest attribute's bytes. */
export function readMessageDigest(attributes: readonly CmsAttribute[]): Uint8Array | undefined {
  return octets(attributeValue(attributes, OID.messageDigest));
}

/** The signing-time attribute (a claim by the signer, not a proof). */
export function readSigningTime(attributes: readonly CmsAttribute[]): Date | undefined {
  const value = attributeValue(attributes, OID.signingTime);
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) {
    const date = value.toDate();
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/** One ESSCertID(v2): the hash of a certificate and, optionally, its issuer and serial. */
export interface EssCertId {
  readonly hashAlgorithmOid: string;
  readonly hash: string;
  /** Serial number in hex, when the issuerSerial field is present. */
  readonly serial?: string;
  /** The issuer names' DER (GeneralNames directory names), when present. */
  readonly issuerNames?: readonly Uint8Array[];
}

/** The ESS signing-certificate attribute (v1 or v2), if present. */
export function readSigningCertificate(attributes: readonly CmsAttribute[]): { version: 1 | 2; ids: EssCertId[] } | undefined {
  const v2 = attributeValue(attributes, OID.signingCertificateV2);
  const v1 = attributeValue(attributes, OID.signingCertificate);
  const value = v2 ?? v1;
  if (!value) return undefined;
  const version = v2 ? 2 : 1;
  const ids: EssCertId[] = [];
  const [certs] = childrenOf(value);
  for (const id of childrenOf(certs)) {
    const fields = childrenOf(id);
    let index = 0;
    let hashAlgorithmOid: string = version === 2 ? OID.sha256 : OID.sha1;
    if (version === 2 && fields[0] instanceof asn1js.Sequence) {
      hashAlgorithmOid = oidOf(childrenOf(fields[0])[0]) ?? hashAlgorithmOid;
      index = 1;
    }
    const hash = octets(fields[index]);
    if (!hash) continue;
    const issuerSerial = fields[index + 1];
    let serial: string | undefined;
    let issuerNames: Uint8Array[] | undefined;
    if (issuerSerial instanceof asn1js.Sequence) {
      const [names, serialValue] = childrenOf(issuerSerial);
      if (serialValue instanceof asn1js.Integer) serial = toHex(serialValue.valueBlock.valueHexView).replace(/^0+(?=.)/, '');
      issuerNames = childrenOf(names)
        .filter((n) => (n as asn1js.BaseBlock).idBlock.tagClass === 3 && (n as asn1js.BaseBlock).idBlock.tagNumber === 4)
        .map((n) => encodedBytes(childrenOf(n)[0]))
        .filter((b): b is Uint8Array => b !== undefined);
    }
    ids.push({ hashAlgorithmOid, hash: toHex(hash), ...(serial ? { serial } : {}), ...(issuerNames ? { issuerNames } : {}) });
  }
  return { version, ids };
}

/** CRLs and OCSP responses from Adobe's revocation-information attribute (1.2.840.113583.1.1.8). */
export function readAdobeRevocationInfo(attributes: readonly CmsAttribute[]): { crls: Uint8Array[]; ocspResponses: Uint8Array[] } {
  const crls: Uint8Array[] = [];
  const ocspResponses: Uint8Array[] = [];
  const value = attributeValue(attributes, OID.adbeRevocationInfoArchival);
  for (const field of childrenOf(value)) {
    const id = (field as asn1js.BaseBlock).idBlock;
    if (id.tagClass !== 3) continue;
    // [0] and [1] are EXPLICIT SEQUENCE OF; some writers omit the inner SEQUENCE OF.
    const items = isWrapped(field, id.tagNumber) ? childrenOf(childrenOf(field)[0]) : childrenOf(field);
    for (const item of items) {
      const der = encodedBytes(item);
      if (!der) continue;
      if (id.tagNumber === 0) crls.push(der);
      else if (id.tagNumber === 1) ocspResponses.push(der);
    }
  }
  return { crls, ocspResponses };
}

function isWrapped(field: asn1js.AsnType, tag: number): boolean {
  const children = childrenOf(field);
  if (children.length !== 1 || !(children[0] instanceof asn1js.Sequence)) return false;
  const first = childrenOf(children[0])[0];
  // An OCSPResponse starts with an ENUMERATED; a CertificateList with its tbsCertList, whose
  // first field is the INTEGER version. In a SEQUENCE OF, one level further down is a SEQUENCE.
  if (tag === 1) return first instanceof asn1js.Sequence;
  return first instanceof asn1js.Sequence && childrenOf(first)[0] instanceof asn1js.Sequence;
}

/** The DER of each signature timestamp token in the unsigned attributes. */
export function readSignatureTimestampTokens(attributes: readonly CmsAttribute[]): Uint8Array[] {
  const tokens: Uint8Array[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== OID.signatureTimeStampToken) continue;
    for (const value of attribute.values) {
      const der = encodedBytes(value);
      if (der) tokens.push(der);
    }
  }
  return tokens;
}
