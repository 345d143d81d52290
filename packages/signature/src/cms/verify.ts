/** Verifying a CMS SignerInfo: its certificate, its signed attributes and its signature value. */
import { OID } from '../crypto/oids.js';
import { digestAlgorithmFromOid, digestName, digestParts, type DigestAlgorithm, type HasherFactory } from '../crypto/digest.js';
import { readSignatureAlgorithm, type SignatureAlgorithm } from '../crypto/signature-algorithms.js';
import { verifySignature, type KeyCache, type SignatureCheck } from '../crypto/verify.js';
import { bytesEqual, toHex } from '../util/bytes.js';
import type { Certificate } from '../x509/certificate.js';
import { readName } from '../x509/names.js';
import { parseDer } from '../x509/der.js';
import * as pkijs from 'pkijs';
import { readContentType, readMessageDigest, readSigningCertificate, readSigningTime } from './attributes.js';
import { attributeCount, type CmsSigner, type SignedData } from './signed-data.js';

/** What was signed, and how to hash it. */
export interface SignedContent {
  /** The content's digest with `algorithm` (the ByteRange bytes, or the eContent). */
  digest(algorithm: DigestAlgorithm): Promise<Uint8Array>;
  /** The content itself in pieces, for the rare signature without signed attributes. */
  parts(): readonly Uint8Array[];
}

/** The result of checking one SignerInfo. */
export interface SignerVerification {
  readonly signer: CmsSigner;
  readonly certificate?: Certificate;
  /** Where the signer's certificate came from. */
  readonly certificateSource?: 'signature' | 'elsewhere';
  readonly digestOid: string;
  readonly digestName: string;
  readonly digestAlgorithm?: DigestAlgorithm;
  readonly signatureAlgorithm: SignatureAlgorithm;
  /** Whether the content's digest matches: `undefined` when it could not be computed. */
  readonly digestMatches?: boolean;
  readonly signatureCheck: SignatureCheck | 'no-certificate';
  readonly signingCertificateAttribute: 'match' | 'mismatch' | 'absent';
  readonly claimedSigningTime?: Date;
  /** Stable codes for what is wrong or noteworthy (`cms.content-type-mismatch`…). */
  readonly problems: readonly string[];
}

/** Options for {@link verifySigner}. */
export interface VerifySignerOptions {
  readonly keys: KeyCache;
  readonly hasher: HasherFactory;
  /** Certificates from outside the signature (DSS, trust list) that may hold the signer's. */
  readonly otherCertificates?: readonly Certificate[];
}

/** Finds the certificates a SignerInfo's identifier names. */
export function signerCandidates(signer: CmsSigner, certificates: readonly Certificate[]): Certificate[] {
  const sid = signer.sid;
  return certificates.filter((cert) => sid.type === 'issuer-serial'
    ? cert.serial === sid.serial && cert.issuer.matchKey === sid.issuer.matchKey
    : cert.subjectKeyId !== undefined && cert.subjectKeyId === sid.keyId);
}

/** Checks `signer` of `signedData` against `content`. Never throws. */
export async function verifySigner(signedData: SignedData, signer: CmsSigner, content: SignedContent, options: VerifySignerOptions): Promise<SignerVerification> {
  const problems: string[] = [];
  const digestOid = signer.digestAlgorithm.algorithmId;
  const digestAlgorithm = digestAlgorithmFromOid(digestOid);
  const signatureAlgorithm = readSignatureAlgorithm(signer.signatureAlgorithm, digestOid);
  const base = { signer, digestOid, digestName: digestName(digestOid), signatureAlgorithm, ...(digestAlgorithm ? { digestAlgorithm } : {}) };

  let digestMatches: boolean | undefined;
  let signedBytes: readonly Uint8Array[];
  let claimedSigningTime: Date | undefined;
  if (signer.signedAttributesDer) {
    const attrs = signer.signedAttributes;
    if (attributeCount(attrs, OID.messageDigest) !== 1 || attributeCount(attrs, OID.contentType) !== 1) problems.push('cms.attributes-malformed');
    const contentType = readContentType(attrs);
    if (contentType !== signedData.eContentType) problems.push('cms.content-type-mismatch');
    const messageDigest = readMessageDigest(attrs);
    if (!messageDigest) problems.push('cms.message-digest-missing');
    if (!digestAlgorithm) problems.push('cms.digest-unsupported');
    else if (messageDigest) {
      try {
        digestMatches = bytesEqual(await content.digest(digestAlgorithm), messageDigest);
      } catch {
        digestMatches = undefined;
      }
    }
    if (messageDigest === undefined) digestMatches = false;
    claimedSigningTime = readSigningTime(attrs);
    signedBytes = [signer.signedAttributesDer];
  } else {
    signedBytes = content.parts();
  }

  const candidates = signerCandidates(signer, signedData.certificates);
  const elsewhere = candidates.length === 0 ? signerCandidates(signer, options.otherCertificates ?? []) : [];
  const pool = candidates.length > 0 ? candidates : elsewhere;
  if (pool.length === 0) {
    return { ...base, ...(digestMatches !== undefined ? { digestMatches } : {}), signatureCheck: 'no-certificate', signingCertificateAttribute: 'absent', ...(claimedSigningTime ? { claimedSigningTime } : {}), problems: [...problems, 'cms.signer-certificate-missing'] };
  }

  let certificate = pool[0]!;
  // Neither digestAlgorithm nor signatureAlgorithm is signed: a valid signature over attributes
  // whose messageDigest was never compared proves nothing about the content.
  const unverifiable = signer.signedAttributesDer !== undefined && !digestAlgorithm;
  let signatureCheck: SignatureCheck = unverifiable ? 'unsupported' : 'invalid';
  const data = signedBytes.length === 1 ? signedBytes[0]! : joined(signedBytes);
  for (const candidate of unverifiable ? [] : pool) {
    const check = await verifySignature(options.keys, candidate.spki, candidate.publicKey, signatureAlgorithm.scheme, data, signer.signature);
    if (check === 'valid' || candidate === pool[0]) {
      certificate = candidate;
      signatureCheck = check;
    }
    if (check === 'valid') break;
  }
  if (!signer.signedAttributesDer && signatureCheck === 'valid') digestMatches = true;
  if (!signer.signedAttributesDer && signatureCheck === 'invalid') digestMatches = undefined;

  const signingCertificateAttribute = await checkSigningCertificate(signer, certificate, options.hasher);
  if (signingCertificateAttribute === 'mismatch') problems.push('cms.signing-certificate-mismatch');
  return {
    ...base,
    certificate,
    certificateSource: candidates.length > 0 ? 'signature' : 'elsewhere',
    ...(digestMatches !== undefined ? { digestMatches } : {}),
    signatureCheck,
    signingCertificateAttribute,
    ...(claimedSigningTime ? { claimedSigningTime } : {}),
    problems,
  };
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function checkSigningCertificate(signer: CmsSigner, certificate: Certificate, hasher: HasherFactory): Promise<'match' | 'mismatch' | 'absent'> {
  const attribute = readSigningCertificate(signer.signedAttributes);
  if (!attribute) return 'absent';
  const first = attribute.ids[0];
  if (!first) return 'mismatch';
  const algorithm = digestAlgorithmFromOid(first.hashAlgorithmOid);
  if (!algorithm) return 'mismatch';
  const hash = toHex(await digestParts(algorithm, [certificate.der], hasher));
  if (hash !== first.hash) return 'mismatch';
  if (first.serial !== undefined && first.serial !== certificate.serial) return 'mismatch';
  if (first.issuerNames && first.issuerNames.length > 0) {
    const matches = first.issuerNames.some((der) => {
      const decoded = parseDer(der);
      if (!decoded) return false;
      try {
        return readName(new pkijs.RelativeDistinguishedNames({ schema: decoded.result })).matchKey === certificate.issuer.matchKey;
      } catch {
        return false;
      }
    });
    if (!matches) return 'mismatch';
  }
  return 'match';
}
