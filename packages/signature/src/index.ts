/**
 * `@egov-kit/signature`: verifies the signatures in a PDF — structure and byte ranges, CMS
 * cryptography, trust chains, revocation, timestamps, and what changed after each signature — and
 * reports in the EU DSS vocabulary, in Vietnamese or English. Runs in browsers (see
 * `@egov-kit/signature/worker-client`) and in Node (see `@egov-kit/signature/node`).
 * @packageDocumentation
 */
export { verifyPdf } from './verify.js';
export type { VerifyOptions } from './options.js';
export type {
  VerificationReport, SignatureReport, RevisionReport, ChangeReport, CertificateReport, SignerReport, IdentifierReport,
  TimestampReport, Finding, Severity, Indication, SubIndication,
} from './report/types.js';
export { formatReport, worstIndication, exitCodeFor, type FormatOptions } from './report/format.js';
export { signatureMessages, message } from './report/messages.js';
export { defaultPolicy, resolvePolicy, type VerificationPolicy } from './policy/policy.js';
export {
  loadTrustList, trustListFromCertificates, emptyTrustList, decodeCertificateText, normalizeFingerprint,
  type TrustList, type TrustListJson, type TrustListEntryJson, type TrustedCertificate, type TrustPurpose, type TrustListProblem,
} from './trust/trust-list.js';
export { webCryptoHasher, inPlaceWebCryptoHasher, type Hasher, type HasherFactory, type DigestAlgorithm } from './crypto/digest.js';
export type { FetchFunction } from './revocation/fetch.js';
export type { ReadLimits } from './pdf/document.js';
export type { ByteSearch } from './util/bytes.js';
export { CHANGE_LEVELS, type ChangeLevel, type ChangeKind } from './changes/types.js';
export { KEY_USAGES, type Certificate, type KeyUsage } from './x509/certificate.js';
export type { DistinguishedName, NameAttribute } from './x509/names.js';
export type { SubjectIdentifier, SubjectIdentifierType } from './x509/identifiers.js';
export type { PublicKeyDescription } from './crypto/keys.js';
export type { SignatureAlgorithm, SignatureScheme } from './crypto/signature-algorithms.js';
