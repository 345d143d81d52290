/**
 * From what was found to a verdict. Checks run in the order of ETSI EN 319 102-1's building blocks
 * (format, identification of the signing certificate, cryptographic verification, validation time,
 * chain and revocation, cryptographic constraints, then the PDF modification rules); the first
 * failing one gives the sub-indication, and every finding is kept for the report.
 */
import type { ChangeJudgment } from '../changes/permissions.js';
import type { DigestAlgorithm } from '../crypto/digest.js';
import type { PublicKeyDescription } from '../crypto/keys.js';
import { keyLabel } from '../crypto/keys.js';
import type { Indication, SubIndication } from '../report/types.js';
import type { ChainProblem } from '../trust/chain.js';
import type { TrustAssessment } from '../verify/trust.js';
import { validAt, type Certificate } from '../x509/certificate.js';
import type { FindingList } from './findings.js';
import type { VerificationPolicy } from './policy.js';

/** Everything the verdict depends on. */
export interface SignatureFacts {
  readonly purpose: 'signature' | 'timestamp';
  /** Codes of structural failures (any one fails the signature). */
  readonly formatFailures: readonly string[];
  /** The format is recognised as a signature but not supported (e.g. `adbe.x509.rsa_sha1`). */
  readonly unsupportedFormat: boolean;
  readonly hashMismatch: boolean;
  /** The content's digest was computed and equals the signed one (messageDigest). */
  readonly digestMatches: boolean;
  readonly signatureCheck: 'valid' | 'invalid' | 'unsupported' | 'no-certificate' | 'not-run';
  readonly signingCertificateMismatch: boolean;
  readonly signerCertificate?: Certificate;
  readonly claimedTime?: Date;
  readonly provenTime?: Date;
  /** When the chain was checked. */
  readonly referenceTime: Date;
  readonly validationTime: Date;
  readonly trust?: TrustAssessment;
  readonly digest?: { readonly name: string; readonly algorithm?: DigestAlgorithm };
  readonly signatureAlgorithmName?: string;
  readonly signatureHashName?: string;
  readonly changes?: ChangeJudgment;
}

/** A verdict: indication and, below TOTAL_PASSED, a sub-indication. */
export interface Verdict {
  readonly indication: Indication;
  readonly subIndication?: SubIndication;
}

const WEAK_HASHES = new Set(['SHA-1', 'MD5', 'MD2', 'SHA-224']);

function weakKey(key: PublicKeyDescription, policy: VerificationPolicy): boolean {
  if (key.type === 'RSA') return key.bits < policy.minRsaBits;
  if (key.type === 'EC') return key.bits < policy.minEcBits;
  return false;
}

const CHAIN_CONSTRAINTS = new Set<ChainProblem['code']>([
  'chain.not-a-ca', 'chain.ca-key-usage', 'chain.path-length', 'chain.unhandled-critical-extension', 'chain.leaf-key-usage', 'chain.leaf-extended-key-usage',
]);

/** Decides the verdict for `facts` under `policy`, adding the findings that explain it. */
export function decide(facts: SignatureFacts, policy: VerificationPolicy, findings: FindingList): Verdict {
  const verdicts: Verdict[] = [];
  const fail = (subIndication: SubIndication) => verdicts.push({ indication: 'TOTAL_FAILED', subIndication });
  const indeterminate = (subIndication: SubIndication) => verdicts.push({ indication: 'INDETERMINATE', subIndication });

  // Format.
  if (facts.formatFailures.length > 0) fail('FORMAT_FAILURE');
  if (facts.unsupportedFormat) indeterminate('FORMAT_FAILURE');
  // Identification of the signing certificate.
  if (facts.signatureCheck === 'no-certificate') indeterminate('NO_SIGNING_CERTIFICATE_FOUND');
  if (facts.signingCertificateMismatch) indeterminate('NO_SIGNING_CERTIFICATE_FOUND');
  // Cryptographic verification.
  if (facts.hashMismatch) {
    findings.error('signature.hash-mismatch');
    fail('HASH_FAILURE');
  }
  if (facts.signatureCheck === 'invalid') {
    findings.error('signature.invalid');
    fail('SIG_CRYPTO_FAILURE');
  } else if (facts.signatureCheck === 'unsupported') {
    if (facts.digest && !facts.digest.algorithm) findings.warning('cms.digest-unsupported', { algorithm: facts.digest.name });
    else findings.warning('signature.algorithm-unsupported', { algorithm: facts.signatureAlgorithmName ?? '?' });
    indeterminate('CRYPTO_CONSTRAINTS_FAILURE');
  } else if (facts.signatureCheck === 'valid' && !facts.hashMismatch && !facts.digestMatches) {
    // The signature covers the signed attributes only; nothing binds them to this content.
    indeterminate('CRYPTO_CONSTRAINTS_FAILURE');
  }
  // The PDF modification rules (judged on bytes, before trust).
  if (facts.changes?.outcome === 'violation') fail('FORMAT_FAILURE');

  const signer = facts.signerCertificate;
  const trust = facts.trust;
  const proven = facts.provenTime;
  const subjectOf = (c: Certificate) => c.subject.text || c.serial;

  if (signer && trust) {
    // Revocation first among the time-related checks: a proven revocation fails outright.
    for (const [i, { certificate, status }] of trust.revocation.entries()) {
      const isSigner = i === 0;
      if (status.status !== 'revoked' || !status.revokedAt) continue;
      const params = { subject: subjectOf(certificate), date: status.revokedAt, reason: status.reason ?? 'unspecified' };
      const before = (t: Date | undefined) => t !== undefined && status.revokedAt!.getTime() <= t.getTime();
      if (before(proven) || (!proven && before(facts.claimedTime))) {
        findings.error('revocation.revoked', params);
        fail('REVOKED');
      } else if (proven && !before(proven)) {
        findings.info('revocation.revoked', params);
      } else {
        findings.error('revocation.revoked-no-poe', params);
        indeterminate(isSigner ? 'REVOKED_NO_POE' : 'REVOKED_CA_NO_POE');
      }
    }
    // The signer's own claim of time against the certificate's validity.
    if (facts.claimedTime && !proven) {
      if (facts.claimedTime > signer.notAfter) {
        findings.error('time.signed-when-expired', { time: facts.claimedTime });
        fail('EXPIRED');
      } else if (facts.claimedTime < signer.notBefore) {
        findings.error('time.signed-before-valid', { time: facts.claimedTime });
        fail('NOT_YET_VALID');
      }
    }
    // The chain.
    if (!trust.chain.anchor) {
      findings.error('chain.untrusted');
      indeterminate('NO_CERTIFICATE_CHAIN_FOUND');
    }
    for (const problem of trust.chain.problems) {
      const cert = trust.chain.path[problem.index]!;
      const params = { subject: subjectOf(cert), date: problem.code === 'chain.not-yet-valid' ? cert.notBefore : cert.notAfter };
      if (CHAIN_CONSTRAINTS.has(problem.code)) {
        findings.error(problem.code, params);
        indeterminate('CHAIN_CONSTRAINTS_FAILURE');
      } else if (problem.code === 'chain.expired' || problem.code === 'chain.not-yet-valid') {
        findings.error(problem.code, params);
        indeterminate('OUT_OF_BOUNDS_NO_POE');
      } else if (problem.code === 'chain.signature-unsupported') {
        findings.warning(problem.code, params);
        indeterminate('CRYPTO_CONSTRAINTS_FAILURE');
      }
    }
    // Validity now, unless a timestamp proves the signature was made while the certificate was valid.
    if (!proven && !validAt(signer, facts.validationTime) && facts.validationTime > signer.notAfter && !policy.acceptExpiredWithoutProof) {
      findings.error('time.expired-no-poe', { date: signer.notAfter });
      const notRevoked = trust.revocation[0]?.status.status === 'good';
      indeterminate(notRevoked ? 'OUT_OF_BOUNDS_NOT_REVOKED' : 'OUT_OF_BOUNDS_NO_POE');
    }
    // Revocation status known?
    if (trust.chain.anchor) {
      const required = (facts.purpose === 'timestamp' ? policy.timestampRevocation : policy.revocation) === 'require';
      for (const { certificate, status } of trust.revocation) {
        if (status.status !== 'unknown') continue;
        if (required) {
          findings.error('revocation.unknown', { subject: subjectOf(certificate) });
          indeterminate('TRY_LATER');
        } else {
          findings.warning('revocation.unknown', { subject: subjectOf(certificate) });
        }
      }
      const signerStatus = trust.revocation[0]?.status;
      if (signerStatus?.status === 'good' && signerStatus.issuedAt) {
        findings.info('revocation.good', { source: signerStatus.source === 'ocsp' ? 'OCSP' : 'CRL', date: signerStatus.issuedAt });
      }
    } else if (trust.revocation.length === 0) {
      findings.info('revocation.not-checked');
    }
  }

  // Cryptographic constraints.
  const weakAcceptedBefore = policy.weakDigestsAcceptedBefore ? new Date(policy.weakDigestsAcceptedBefore) : undefined;
  const weakButProven = (name: string) => {
    if (proven && weakAcceptedBefore && proven < weakAcceptedBefore) {
      findings.info('policy.weak-accepted-poe', { algorithm: name, date: weakAcceptedBefore });
      return true;
    }
    return false;
  };
  if (facts.digest && (WEAK_HASHES.has(facts.digest.name) || (facts.digest.algorithm && !policy.acceptedDigests.includes(facts.digest.algorithm)))) {
    if (!weakButProven(facts.digest.name)) {
      findings.error('policy.weak-digest', { algorithm: facts.digest.name });
      indeterminate('CRYPTO_CONSTRAINTS_FAILURE_NO_POE');
    }
  }
  if (facts.signatureHashName && facts.signatureHashName !== facts.digest?.name && WEAK_HASHES.has(facts.signatureHashName) && !weakButProven(facts.signatureHashName)) {
    findings.error('policy.weak-digest', { algorithm: facts.signatureHashName });
    indeterminate('CRYPTO_CONSTRAINTS_FAILURE_NO_POE');
  }
  if (signer && weakKey(signer.publicKey, policy)) {
    findings.error('policy.weak-key', { key: keyLabel(signer.publicKey) });
    indeterminate('CRYPTO_CONSTRAINTS_FAILURE_NO_POE');
  }
  if (trust) {
    // Certificates are signed by their issuers; the anchor's self-signature does not count.
    const signedCertificates = trust.chain.anchor ? trust.chain.path.slice(0, -1) : trust.chain.path;
    for (const cert of signedCertificates) {
      const hash = cert.signatureAlgorithm.hashName;
      if (hash && WEAK_HASHES.has(hash) && !weakButProven(hash)) {
        findings.error('policy.weak-certificate-algorithm', { subject: subjectOf(cert), algorithm: cert.signatureAlgorithm.name });
        indeterminate('CRYPTO_CONSTRAINTS_FAILURE_NO_POE');
      }
    }
    for (const cert of trust.chain.path.slice(1)) {
      if (weakKey(cert.publicKey, policy)) {
        findings.error('policy.weak-key', { key: `${keyLabel(cert.publicKey)} (${subjectOf(cert)})` });
        indeterminate('CRYPTO_CONSTRAINTS_FAILURE_NO_POE');
      }
    }
  }
  // Changes that may alter what the page shows, though permitted.
  if (facts.changes?.outcome === 'unverifiable') indeterminate('SIG_CONSTRAINTS_FAILURE');

  const failed = verdicts.find((v) => v.indication === 'TOTAL_FAILED');
  if (failed) return failed;
  const undecided = verdicts.find((v) => v.indication === 'INDETERMINATE');
  if (undecided) return undecided;
  return { indication: 'TOTAL_PASSED' };
}

/** True when `a` is worse than `b`. */
export function worse(a: Indication, b: Indication): boolean {
  const order: Indication[] = ['TOTAL_PASSED', 'INDETERMINATE', 'TOTAL_FAILED'];
  return order.indexOf(a) > order.indexOf(b);
}
