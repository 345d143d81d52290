/** X.509 certificates, parsed once with pkijs and described for validation and display. */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { describePublicKey, type PublicKeyDescription } from '../crypto/keys.js';
import { OID } from '../crypto/oids.js';
import { readSignatureAlgorithm, type SignatureAlgorithm } from '../crypto/signature-algorithms.js';
import { toHex } from '../util/bytes.js';
import { readName, type DistinguishedName } from './names.js';
import { parseDer } from './der.js';

/** Key usage bits by name (RFC 5280 §4.2.1.3). */
export const KEY_USAGES = [
  'digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement',
  'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly',
] as const;
export type KeyUsage = (typeof KEY_USAGES)[number];

const KNOWN_EXTENSIONS = new Set<string>([
  OID.keyUsage, OID.basicConstraints, OID.extKeyUsage, OID.subjectKeyIdentifier, OID.authorityKeyIdentifier,
  OID.crlDistributionPoints, OID.authorityInfoAccess, OID.certificatePolicies, OID.subjectAltName, OID.issuerAltName,
  OID.qcStatements, OID.ocspNoCheck, OID.policyConstraints, OID.inhibitAnyPolicy, OID.policyMappings,
]);

/** A certificate, parsed. */
export interface Certificate {
  readonly der: Uint8Array;
  readonly pkijs: pkijs.Certificate;
  readonly subject: DistinguishedName;
  readonly issuer: DistinguishedName;
  /** Serial number as lower-case hex without leading zeros. */
  readonly serial: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly version: number;
  readonly publicKey: PublicKeyDescription;
  readonly spki: Uint8Array;
  readonly signatureAlgorithm: SignatureAlgorithm;
  readonly tbs: Uint8Array;
  readonly signatureValue: Uint8Array;
  /** Key usages, or `undefined` when the extension is absent (any usage allowed). */
  readonly keyUsage?: ReadonlySet<KeyUsage>;
  readonly extendedKeyUsage?: readonly string[];
  readonly extendedKeyUsageCritical: boolean;
  readonly basicConstraints?: { readonly ca: boolean; readonly pathLength?: number };
  readonly subjectKeyId?: string;
  readonly authorityKeyId?: string;
  readonly crlUrls: readonly string[];
  readonly ocspUrls: readonly string[];
  readonly caIssuerUrls: readonly string[];
  /** Critical extensions the engine does not process (RFC 5280 says such a certificate must be rejected). */
  readonly unhandledCriticalExtensions: readonly string[];
  readonly ocspNoCheck: boolean;
  /** True when subject and issuer are the same name. */
  readonly selfIssued: boolean;
}

/** Reads a DER certificate; `undefined` when it is not one. Never throws. */
export function parseCertificate(der: Uint8Array): Certificate | undefined {
  try {
    const asn = parseDer(der);
    if (!asn) return undefined;
    return fromPkijs(new pkijs.Certificate({ schema: asn.result }), der.slice(0, asn.length));
  } catch {
    return undefined;
  }
}

/** Describes a certificate pkijs already parsed (as inside a SignedData). */
export function fromPkijs(cert: pkijs.Certificate, der?: Uint8Array): Certificate | undefined {
  try {
    const encoded = der ?? new Uint8Array(cert.toSchema().toBER());
    const subject = readName(cert.subject);
    const issuer = readName(cert.issuer);
    let keyUsage: Set<KeyUsage> | undefined;
    let extendedKeyUsage: string[] | undefined;
    let extendedKeyUsageCritical = false;
    let basicConstraints: { ca: boolean; pathLength?: number } | undefined;
    let subjectKeyId: string | undefined;
    let authorityKeyId: string | undefined;
    const crlUrls: string[] = [];
    const ocspUrls: string[] = [];
    const caIssuerUrls: string[] = [];
    const unhandled: string[] = [];
    let ocspNoCheck = false;
    for (const ext of cert.extensions ?? []) {
      const parsed = ext.parsedValue as unknown;
      switch (ext.extnID) {
        case OID.keyUsage:
          keyUsage = readKeyUsage(parsed);
          break;
        case OID.extKeyUsage:
          extendedKeyUsage = parsed instanceof pkijs.ExtKeyUsage ? [...parsed.keyPurposes] : [];
          extendedKeyUsageCritical = ext.critical;
          break;
        case OID.basicConstraints:
          if (parsed instanceof pkijs.BasicConstraints) {
            const len = parsed.pathLenConstraint;
            const pathLength = typeof len === 'number' ? len : len instanceof asn1js.Integer ? len.valueBlock.valueDec : undefined;
            basicConstraints = pathLength === undefined ? { ca: parsed.cA } : { ca: parsed.cA, pathLength };
          } else {
            unhandled.push(ext.extnID);
          }
          break;
        case OID.subjectKeyIdentifier:
          if (parsed instanceof asn1js.OctetString) subjectKeyId = toHex(parsed.valueBlock.valueHexView);
          break;
        case OID.authorityKeyIdentifier:
          if (parsed instanceof pkijs.AuthorityKeyIdentifier && parsed.keyIdentifier) authorityKeyId = toHex(parsed.keyIdentifier.valueBlock.valueHexView);
          break;
        case OID.crlDistributionPoints:
          if (parsed instanceof pkijs.CRLDistributionPoints) {
            for (const point of parsed.distributionPoints) {
              const names = Array.isArray(point.distributionPoint) ? point.distributionPoint : [];
              for (const name of names) if (name instanceof pkijs.GeneralName && name.type === 6 && typeof name.value === 'string') crlUrls.push(name.value);
            }
          }
          break;
        case OID.authorityInfoAccess:
          if (parsed instanceof pkijs.InfoAccess) {
            for (const access of parsed.accessDescriptions) {
              const loc = access.accessLocation;
              if (loc.type !== 6 || typeof loc.value !== 'string') continue;
              if (access.accessMethod === OID.adOcsp) ocspUrls.push(loc.value);
              else if (access.accessMethod === OID.adCaIssuers) caIssuerUrls.push(loc.value);
            }
          }
          break;
        case OID.ocspNoCheck:
          ocspNoCheck = true;
          break;
        default:
          if (ext.critical && !KNOWN_EXTENSIONS.has(ext.extnID)) unhandled.push(ext.extnID);
      }
    }
    const spki = new Uint8Array(cert.subjectPublicKeyInfo.toSchema().toBER());
    const serialBytes = cert.serialNumber.valueBlock.valueHexView;
    return {
      der: encoded,
      pkijs: cert,
      subject,
      issuer,
      serial: toHex(serialBytes).replace(/^0+(?=.)/, ''),
      notBefore: cert.notBefore.value,
      notAfter: cert.notAfter.value,
      version: cert.version + 1,
      publicKey: describePublicKey(cert.subjectPublicKeyInfo),
      spki,
      signatureAlgorithm: readSignatureAlgorithm(cert.signatureAlgorithm),
      tbs: cert.tbsView,
      signatureValue: cert.signatureValue.valueBlock.valueHexView,
      ...(keyUsage ? { keyUsage } : {}),
      ...(extendedKeyUsage ? { extendedKeyUsage } : {}),
      extendedKeyUsageCritical,
      ...(basicConstraints ? { basicConstraints } : {}),
      ...(subjectKeyId ? { subjectKeyId } : {}),
      ...(authorityKeyId ? { authorityKeyId } : {}),
      crlUrls,
      ocspUrls,
      caIssuerUrls,
      unhandledCriticalExtensions: unhandled,
      ocspNoCheck,
      selfIssued: subject.matchKey === issuer.matchKey,
    };
  } catch {
    return undefined;
  }
}

function readKeyUsage(parsed: unknown): Set<KeyUsage> {
  const usages = new Set<KeyUsage>();
  if (!(parsed instanceof asn1js.BitString)) return usages;
  const bytes = parsed.valueBlock.valueHexView;
  KEY_USAGES.forEach((usage, bit) => {
    const byte = bytes[bit >> 3];
    if (byte !== undefined && (byte & (0x80 >> (bit & 7))) !== 0) usages.add(usage);
  });
  return usages;
}

/** True when `cert` was valid (inside its validity period) at `time`. */
export function validAt(cert: Certificate, time: Date): boolean {
  return cert.notBefore.getTime() <= time.getTime() && time.getTime() <= cert.notAfter.getTime();
}
