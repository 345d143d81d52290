/**
 * The verification report: a stable JSON form (`reportVersion: 1`), in the EU DSS vocabulary.
 * Every field is documented in the package README ("The JSON report"). Texts (`summary`,
 * `message`, `description`) are in the report's language; codes and values are stable.
 */
import type { Locale } from '@egov-kit/core';
import type { ChangeKind, ChangeLevel } from '../changes/types.js';
import type { SubjectIdentifierType } from '../x509/identifiers.js';

/** The overall verdict on a signature (ETSI EN 319 102-1, as EU DSS names it). */
export type Indication = 'TOTAL_PASSED' | 'INDETERMINATE' | 'TOTAL_FAILED';

/** Why a signature did not pass (ETSI EN 319 102-1 sub-indications). */
export type SubIndication =
  | 'FORMAT_FAILURE' | 'HASH_FAILURE' | 'SIG_CRYPTO_FAILURE' | 'REVOKED' | 'EXPIRED' | 'NOT_YET_VALID'
  | 'SIG_CONSTRAINTS_FAILURE' | 'CHAIN_CONSTRAINTS_FAILURE' | 'CERTIFICATE_CHAIN_GENERAL_FAILURE'
  | 'CRYPTO_CONSTRAINTS_FAILURE' | 'CRYPTO_CONSTRAINTS_FAILURE_NO_POE' | 'NO_SIGNING_CERTIFICATE_FOUND'
  | 'NO_CERTIFICATE_CHAIN_FOUND' | 'REVOKED_NO_POE' | 'REVOKED_CA_NO_POE' | 'OUT_OF_BOUNDS_NO_POE'
  | 'OUT_OF_BOUNDS_NOT_REVOKED' | 'TRY_LATER' | 'NO_POE' | 'SIGNED_DATA_NOT_FOUND';

/** How serious a finding is. Errors and warnings explain a verdict below TOTAL_PASSED; notes inform. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing the verifier found, with a stable code and a message in the report's language. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A certificate as the report shows it. */
export interface CertificateReport {
  readonly subject: string;
  readonly issuer: string;
  /** Serial number, hex. */
  readonly serialNumber: string;
  readonly notBefore: string;
  readonly notAfter: string;
  /** SHA-256 fingerprint, hex. */
  readonly sha256: string;
  /** Key type and size, e.g. `RSA 2048`. */
  readonly publicKey: string;
  /** Where the verifier found it. */
  readonly source: 'signature' | 'dss' | 'trust-list' | 'timestamp' | 'revocation-data';
  /** True for the trust anchor that ends the chain. */
  readonly trustAnchor: boolean;
}

/** An identifier from the signer's certificate, labelled. */
export interface IdentifierReport {
  readonly type: SubjectIdentifierType;
  /** `Mã số thuế`, `Tax code`… */
  readonly label: string;
  readonly value: string;
  /** Whether the value passes core's check; absent when the kind has none. */
  readonly valid?: boolean;
}

/** Who signed, as the signing certificate says (never as the page draws it). */
export interface SignerReport {
  readonly commonName?: string;
  readonly organization?: string;
  readonly organizationalUnits: readonly string[];
  readonly title?: string;
  readonly locality?: string;
  readonly province?: string;
  readonly country?: string;
  readonly email?: string;
  readonly identifiers: readonly IdentifierReport[];
  readonly certificate: CertificateReport;
}

/** One change after a signature, described. */
export interface ChangeReport {
  readonly revision: number;
  readonly level: ChangeLevel;
  readonly kind: ChangeKind;
  readonly description: string;
  readonly objects: readonly number[];
  readonly field?: string;
  readonly page?: number;
  readonly detail?: string;
  readonly visible?: boolean;
  /**
   * True when a later visible widget (a signature's appearance) is drawn over what the page
   * showed: the earlier signature gets a `changes.covered` warning. Added in report version 1.
   */
  readonly coversContent?: boolean;
}

/** A timestamp token (a signature timestamp inside a signature). */
export interface TimestampReport {
  readonly kind: 'signature-timestamp';
  readonly indication: Indication;
  readonly subIndication?: SubIndication;
  /** The time the token asserts (ISO 8601). */
  readonly time?: string;
  readonly tsa?: string;
  readonly chain: readonly CertificateReport[];
  readonly findings: readonly Finding[];
}

/** The verdict on one signature or document timestamp. */
export interface SignatureReport {
  /** `S1`, `S2`… in the order the signatures were made (by where their signed bytes end). */
  readonly id: string;
  readonly kind: 'approval' | 'certification' | 'document-timestamp';
  readonly fieldName: string;
  readonly subFilter?: string;
  readonly indication: Indication;
  readonly subIndication?: SubIndication;
  /** One sentence for people. */
  readonly summary: string;
  readonly signer?: SignerReport;
  /** The signer's certificate first, the trust anchor (if reached) last. */
  readonly chain: readonly CertificateReport[];
  readonly trustAnchor?: { readonly name: string; readonly source?: string };
  readonly signingTime: {
    /** What the signer's own clock said (signing-time attribute or `/M`); not a proof. */
    readonly claimed?: string;
    readonly claimedSource?: 'signed-attribute' | 'signature-dictionary';
    /** The earliest time a trusted timestamp proves the signature existed. */
    readonly proven?: string;
    readonly provenBy?: 'signature-timestamp' | 'document-timestamp';
    /** The time the certificates were checked at. */
    readonly validatedAt: string;
  };
  readonly timestamps: readonly TimestampReport[];
  readonly coverage: {
    readonly byteRange?: readonly number[];
    readonly signedBytes?: number;
    /** Index of the revision the signature completes. */
    readonly revision?: number;
    readonly level: 'entire-file' | 'entire-revision' | 'unclear';
    readonly coversWholeFile: boolean;
  };
  /**
   * What changed after the signature. `outcome`: `none`, `permitted`, `unverifiable` (permitted,
   * but the page may show something else), `violation`, or `unknown` (added in report version 1:
   * the byte range ties the signature to no revision, so nothing can be said; `changes` then
   * holds an `analysis-incomplete` entry). When the signed bytes do not match their digest, the
   * first change is `signed-content-altered` and `outcome` is `violation`.
   */
  readonly changesAfterSigning: {
    readonly level: ChangeLevel;
    readonly outcome: 'none' | 'permitted' | 'unverifiable' | 'violation' | 'unknown';
    readonly changes: readonly ChangeReport[];
  };
  readonly permissions: {
    readonly certification: boolean;
    readonly docMdp?: 1 | 2 | 3;
    readonly fieldLock?: { readonly action: 'All' | 'Include' | 'Exclude'; readonly fields: readonly string[] };
  };
  readonly cryptography: {
    readonly digestAlgorithm?: string;
    readonly signatureAlgorithm?: string;
    readonly publicKey?: string;
  };
  readonly revocation: {
    readonly status: 'good' | 'revoked' | 'unknown' | 'not-checked';
    readonly source?: 'ocsp' | 'crl';
    readonly origin?: 'signature' | 'dss' | 'online';
    readonly revokedAt?: string;
    readonly reason?: string;
    readonly issuedAt?: string;
  };
  /** What the signature dictionary says (`/Name`, `/Reason`, `/Location`, `/ContactInfo`): the signer's words, not verified. */
  readonly declared: { readonly name?: string; readonly reason?: string; readonly location?: string; readonly contactInfo?: string };
  readonly findings: readonly Finding[];
}

/** One revision of the file and what it changed. */
export interface RevisionReport {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Ids of the signatures that complete this revision. */
  readonly signatures: readonly string[];
  readonly level: ChangeLevel;
  readonly changes: readonly ChangeReport[];
}

/** The whole report on one file. */
export interface VerificationReport {
  readonly reportVersion: 1;
  readonly generator: '@egov-kit/signature';
  readonly locale: Locale;
  /** When the verification ran (ISO 8601), or the time the caller asked to validate at. */
  readonly validationTime: string;
  readonly policy: string;
  readonly trustList: { readonly name: string; readonly certificates: number };
  /** The worst verdict over all signatures, or `NO_SIGNATURE_FOUND`. */
  readonly indication: Indication | 'NO_SIGNATURE_FOUND';
  readonly summary: string;
  readonly document: {
    readonly size: number;
    readonly revisions: readonly RevisionReport[];
    readonly certified?: { readonly by: string; readonly permission: 1 | 2 | 3 };
    readonly findings: readonly Finding[];
  };
  readonly signatures: readonly SignatureReport[];
}
