/**
 * CMS SignedData as found in a signature's `/Contents` or in a timestamp token. The structure is
 * walked directly so that every certificate, CRL and attribute keeps its original encoding (the
 * bytes that were signed or hashed); pkijs reads the SignerInfo and its algorithms.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from '../crypto/oids.js';
import { childrenOf, encodedBytes, octets, oidOf, parseDer } from '../x509/der.js';
import { fromPkijs, type Certificate } from '../x509/certificate.js';
import { readName, type DistinguishedName } from '../x509/names.js';
import { toHex } from '../util/bytes.js';

/** How a SignerInfo names its certificate. */
export type SignerIdentifier =
  | { readonly type: 'issuer-serial'; readonly issuer: DistinguishedName; readonly serial: string }
  | { readonly type: 'key-id'; readonly keyId: string };

/** One attribute: its type and the encoded values. */
export interface CmsAttribute {
  readonly type: string;
  readonly values: readonly asn1js.AsnType[];
}

/** The one SignerInfo a PDF signature carries. */
export interface CmsSigner {
  readonly sid: SignerIdentifier;
  readonly digestAlgorithm: pkijs.AlgorithmIdentifier;
  readonly signatureAlgorithm: pkijs.AlgorithmIdentifier;
  readonly signature: Uint8Array;
  /** The DER of the signed attributes with the SET OF tag, i.e. the bytes the signature covers. */
  readonly signedAttributesDer?: Uint8Array;
  readonly signedAttributes: readonly CmsAttribute[];
  readonly unsignedAttributes: readonly CmsAttribute[];
}

/** A parsed SignedData. */
export interface SignedData {
  /** The DER of the whole ContentInfo. */
  readonly der: Uint8Array;
  /** Bytes after the ContentInfo that are not zero padding. */
  readonly trailingGarbage: boolean;
  readonly eContentType: string;
  /** The encapsulated content: absent for detached signatures, possibly empty. */
  readonly eContent?: Uint8Array;
  readonly certificates: readonly Certificate[];
  /** Certificates that could not be read. */
  readonly unreadableCertificates: number;
  readonly crls: readonly Uint8Array[];
  readonly ocspResponses: readonly Uint8Array[];
  readonly signers: readonly CmsSigner[];
}

/** Why a blob is not a usable SignedData. */
export type SignedDataProblem = 'cms.not-der' | 'cms.not-signed-data' | 'cms.malformed' | 'cms.no-signer';

/** Reads a ContentInfo holding SignedData. Never throws. */
export function parseSignedData(bytes: Uint8Array): SignedData | SignedDataProblem {
  const decoded = parseDer(bytes);
  if (!decoded) return 'cms.not-der';
  let trailingGarbage = false;
  for (let i = decoded.length; i < bytes.length; i++) {
    if (bytes[i] !== 0) {
      trailingGarbage = true;
      break;
    }
  }
  const [typeOid, explicitContent] = childrenOf(decoded.result);
  if (oidOf(typeOid) !== OID.signedData) return 'cms.not-signed-data';
  const signedData = childrenOf(explicitContent)[0];
  const parts = childrenOf(signedData);
  if (!(signedData instanceof asn1js.Sequence) || parts.length < 4) return 'cms.malformed';
  try {
    const encap = parts[2];
    const [eTypeOid, eContentWrapper] = childrenOf(encap);
    const eContentType = oidOf(eTypeOid);
    if (!eContentType) return 'cms.malformed';
    let eContent: Uint8Array | undefined;
    if (eContentWrapper) {
      eContent = octets(childrenOf(eContentWrapper)[0]);
      if (eContent === undefined) eContent = new Uint8Array(0);
    }
    const certificates: Certificate[] = [];
    let unreadableCertificates = 0;
    const crls: Uint8Array[] = [];
    const ocspResponses: Uint8Array[] = [];
    let signerSet: asn1js.AsnType | undefined;
    for (const part of parts.slice(3)) {
      const id = (part as asn1js.BaseBlock).idBlock;
      if (id.tagClass === 3 && id.tagNumber === 0) {
        for (const item of childrenOf(part)) {
          const der = encodedBytes(item);
          const cert = der && item instanceof asn1js.Sequence ? certificateFromSchema(item, der) : undefined;
          if (cert) certificates.push(cert);
          else unreadableCertificates++;
        }
      } else if (id.tagClass === 3 && id.tagNumber === 1) {
        for (const item of childrenOf(part)) {
          const itemId = (item as asn1js.BaseBlock).idBlock;
          if (itemId.tagClass === 1) {
            const der = encodedBytes(item);
            if (der) crls.push(der);
          } else if (itemId.tagClass === 3 && itemId.tagNumber === 1) {
            // OtherRevocationInfoFormat: OCSP responses (RFC 5940).
            const [format, info] = childrenOf(item);
            const der = encodedBytes(info);
            if (oidOf(format) === OID.ocspResponseRevInfo && der) ocspResponses.push(der);
          }
        }
      } else if (part instanceof asn1js.Set) {
        signerSet = part;
      }
    }
    const signers: CmsSigner[] = [];
    for (const item of childrenOf(signerSet)) {
      const signer = readSigner(item);
      if (signer) signers.push(signer);
    }
    if (signers.length === 0) return 'cms.no-signer';
    return {
      der: bytes.subarray(0, decoded.length),
      trailingGarbage,
      eContentType,
      ...(eContent !== undefined ? { eContent } : {}),
      certificates,
      unreadableCertificates,
      crls,
      ocspResponses,
      signers,
    };
  } catch {
    return 'cms.malformed';
  }
}

function certificateFromSchema(item: asn1js.AsnType, der: Uint8Array): Certificate | undefined {
  try {
    return fromPkijs(new pkijs.Certificate({ schema: item }), der);
  } catch {
    return undefined;
  }
}

function readSigner(item: asn1js.AsnType): CmsSigner | undefined {
  try {
    const info = new pkijs.SignerInfo({ schema: item });
    let sid: SignerIdentifier;
    if (info.sid instanceof pkijs.IssuerAndSerialNumber) {
      sid = {
        type: 'issuer-serial',
        issuer: readName(info.sid.issuer),
        serial: toHex(info.sid.serialNumber.valueBlock.valueHexView).replace(/^0+(?=.)/, ''),
      };
    } else {
      sid = { type: 'key-id', keyId: toHex(childValue(info.sid)) };
    }
    let signedAttributesDer: Uint8Array | undefined;
    if (info.signedAttrs) {
      signedAttributesDer = new Uint8Array(info.signedAttrs.encodedValue).slice();
      signedAttributesDer[0] = 0x31;
    }
    return {
      sid,
      digestAlgorithm: info.digestAlgorithm,
      signatureAlgorithm: info.signatureAlgorithm,
      signature: info.signature.valueBlock.valueHexView,
      ...(signedAttributesDer ? { signedAttributesDer } : {}),
      signedAttributes: (info.signedAttrs?.attributes ?? []).map((a) => ({ type: a.type, values: a.values })),
      unsignedAttributes: (info.unsignedAttrs?.attributes ?? []).map((a) => ({ type: a.type, values: a.values })),
    };
  } catch {
    return undefined;
  }
}

function childValue(sid: unknown): Uint8Array {
  const view = (sid as { valueBlock?: { valueHexView?: Uint8Array } })?.valueBlock?.valueHexView;
  if (view) return view;
  const child = childrenOf(sid)[0] as { valueBlock?: { valueHexView?: Uint8Array } } | undefined;
  return child?.valueBlock?.valueHexView ?? new Uint8Array(0);
}

/** The first value of attribute `type`, if present. */
export function attributeValue(attributes: readonly CmsAttribute[], type: string): asn1js.AsnType | undefined {
  return attributes.find((a) => a.type === type)?.values[0];
}

/** How many times attribute `type` occurs. */
export function attributeCount(attributes: readonly CmsAttribute[], type: string): number {
  return attributes.filter((a) => a.type === type).length;
}
