/**
 * The validation policy: what the verifier accepts. The default follows Vietnam's rules for
 * signature-checking software (Circular 15/2025/TT-BKHCN): RSA keys of at least 2048 bits, ECDSA
 * of at least 256, SHA-2 digests; SHA-1 is reported as a weak algorithm, not as a pass.
 */
import type { DigestAlgorithm } from '../crypto/digest.js';

/** What the verifier accepts. */
export interface VerificationPolicy {
  /** A name shown in the report. */
  readonly name: string;
  /** Smallest RSA modulus accepted, in bits. */
  readonly minRsaBits: number;
  /** Smallest elliptic-curve size accepted, in bits. */
  readonly minEcBits: number;
  /** Digests accepted without conditions. */
  readonly acceptedDigests: readonly DigestAlgorithm[];
  /**
   * Weak digests (SHA-1) are still accepted for signatures a trusted timestamp proves to have
   * existed before this date (ISO 8601), as EU DSS does with SHA-1 before 2012-08-01. Absent: never.
   */
  readonly weakDigestsAcceptedBefore?: string;
  /**
   * `require`: a signature passes only when the revocation status of every certificate in its
   * chain is known (embedded, in the DSS, or fetched); otherwise INDETERMINATE / TRY_LATER.
   * `soft-fail`: unknown status is a warning. A revocation found is never ignored.
   */
  readonly revocation: 'require' | 'soft-fail';
  /** The same for the chains of time-stamping authorities. */
  readonly timestampRevocation: 'require' | 'soft-fail';
  /** Whether a signature whose certificate is expired now, without a timestamp proving earlier signing, can pass. */
  readonly acceptExpiredWithoutProof: boolean;
}

/** The default policy. */
export const defaultPolicy: VerificationPolicy = {
  name: 'egov-kit default (Circular 15/2025/TT-BKHCN)',
  minRsaBits: 2048,
  minEcBits: 256,
  acceptedDigests: ['SHA-256', 'SHA-384', 'SHA-512'],
  revocation: 'require',
  timestampRevocation: 'soft-fail',
  acceptExpiredWithoutProof: false,
};

/** The default policy with `overrides` applied. */
export function resolvePolicy(overrides: Partial<VerificationPolicy> = {}): VerificationPolicy {
  return { ...defaultPolicy, ...overrides };
}
