/** Signature algorithm identifiers, mapped to what WebCrypto can verify. */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { digestAlgorithmFromOid, digestName, type DigestAlgorithm } from './digest.js';
import { OID } from './oids.js';

/** How a signature value is to be checked. */
export type SignatureScheme =
  | { readonly kind: 'rsa-pkcs1'; readonly hash: DigestAlgorithm }
  | { readonly kind: 'rsa-pss'; readonly hash: DigestAlgorithm; readonly saltLength: number }
  | { readonly kind: 'ecdsa'; readonly hash: DigestAlgorithm }
  | { readonly kind: 'ed25519' }
  | { readonly kind: 'unsupported'; readonly reason: string };

/** A signature algorithm as found, with its display name and the digest it uses. */
export interface SignatureAlgorithm {
  readonly scheme: SignatureScheme;
  /** e.g. `'RSA PKCS#1 v1.5 / SHA-256'`, `'ECDSA / SHA-384'`. */
  readonly name: string;
  /** The digest's display name (`'SHA-1'`, `'MD5'`), when there is one. */
  readonly hashName?: string;
}

const RSA_HASH: Record<string, string> = {
  [OID.sha1WithRSA]: OID.sha1,
  [OID.sha256WithRSA]: OID.sha256,
  [OID.sha384WithRSA]: OID.sha384,
  [OID.sha512WithRSA]: OID.sha512,
  [OID.sha224WithRSA]: OID.sha224,
  [OID.md5WithRSA]: OID.md5,
};
const ECDSA_HASH: Record<string, string> = {
  [OID.ecdsaWithSha1]: OID.sha1,
  [OID.ecdsaWithSha224]: OID.sha224,
  [OID.ecdsaWithSha256]: OID.sha256,
  [OID.ecdsaWithSha384]: OID.sha384,
  [OID.ecdsaWithSha512]: OID.sha512,
};

function withHash(kind: 'rsa-pkcs1' | 'ecdsa', label: string, hashOid: string): SignatureAlgorithm {
  const hash = digestAlgorithmFromOid(hashOid);
  const hashName = digestName(hashOid);
  const name = `${label} / ${hashName}`;
  if (!hash) return { scheme: { kind: 'unsupported', reason: `digest ${hashName}` }, name, hashName };
  return { scheme: { kind, hash }, name, hashName };
}

/**
 * Reads a signature AlgorithmIdentifier. `digestOid` is the digest named beside it (a CMS
 * SignerInfo's digestAlgorithm), used when the identifier names only the key type.
 */
export function readSignatureAlgorithm(algorithm: pkijs.AlgorithmIdentifier, digestOid?: string): SignatureAlgorithm {
  const oid = algorithm.algorithmId;
  const rsaHash = RSA_HASH[oid];
  if (rsaHash) return withHash('rsa-pkcs1', 'RSA PKCS#1 v1.5', rsaHash);
  const ecHash = ECDSA_HASH[oid];
  if (ecHash) return withHash('ecdsa', 'ECDSA', ecHash);
  if (oid === OID.rsaEncryption && digestOid) return withHash('rsa-pkcs1', 'RSA PKCS#1 v1.5', digestOid);
  if (oid === OID.ecPublicKey && digestOid) return withHash('ecdsa', 'ECDSA', digestOid);
  if (oid === OID.ed25519) return { scheme: { kind: 'ed25519' }, name: 'Ed25519' };
  if (oid === OID.rsassaPss) return readPss(algorithm);
  if (oid === OID.dsa || oid === OID.dsaWithSha1) return { scheme: { kind: 'unsupported', reason: 'DSA' }, name: 'DSA', hashName: 'SHA-1' };
  return { scheme: { kind: 'unsupported', reason: oid }, name: oid };
}

function readPss(algorithm: pkijs.AlgorithmIdentifier): SignatureAlgorithm {
  try {
    const params = algorithm.algorithmParams instanceof asn1js.Sequence
      ? new pkijs.RSASSAPSSParams({ schema: algorithm.algorithmParams })
      : new pkijs.RSASSAPSSParams();
    const hashOid = params.hashAlgorithm.algorithmId;
    const hash = digestAlgorithmFromOid(hashOid);
    const hashName = digestName(hashOid);
    const name = `RSA-PSS / ${hashName}`;
    let mgfHash = OID.sha1 as string;
    if (params.maskGenAlgorithm.algorithmId === OID.mgf1 && params.maskGenAlgorithm.algorithmParams instanceof asn1js.Sequence) {
      mgfHash = new pkijs.AlgorithmIdentifier({ schema: params.maskGenAlgorithm.algorithmParams }).algorithmId;
    }
    if (!hash) return { scheme: { kind: 'unsupported', reason: `digest ${hashName}` }, name, hashName };
    if (params.maskGenAlgorithm.algorithmId !== OID.mgf1 || mgfHash !== hashOid) {
      return { scheme: { kind: 'unsupported', reason: 'PSS mask generation' }, name, hashName };
    }
    return { scheme: { kind: 'rsa-pss', hash, saltLength: params.saltLength }, name, hashName };
  } catch {
    return { scheme: { kind: 'unsupported', reason: 'PSS parameters' }, name: 'RSA-PSS' };
  }
}
