import type { VerificationPolicy } from '@egov-kit/signature';

/**
 * What the portal knows about the reference server's trust list: it is the demo PKI's, created on
 * the server's first start. That PKI publishes no CRL and no OCSP responder, so revocation cannot
 * be checked: it is a warning here (`soft-fail`) rather than an INDETERMINATE verdict. A portal
 * facing a real trust list (NEAC's roots) keeps the engine's default policy (`require`).
 */
export const DEMO_TRUST: { demo: boolean; policy: Partial<VerificationPolicy> } = {
  demo: true,
  policy: { revocation: 'soft-fail' },
};
