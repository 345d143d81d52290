import * as z from 'zod/mini';
import { instantSchema, sha256HexSchema } from './common.js';

/**
 * A trust list: the certificates a signature verifier trusts, pinned by the SHA-256 of their DER
 * bytes. It is the one format the reference server serves, `@egov-kit/signature`'s engine and the
 * signature viewer load, and `egov-verify --trust` reads (described for other tools by
 * `@egov-kit/signature/trust/trust-list.schema.json`). `role` says whether a certificate is a trust
 * anchor (`root`) or an intermediate that documents may not embed.
 */
export const trustListSchema = z.object({
  format: z.literal('egov-kit-trust-list'),
  /** The format's version; this is 1. */
  version: z.literal(1),
  name: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  /** When the list was issued. */
  issued: instantSchema,
  /** A list for tests and demonstrations: reports say the result has no legal value. */
  demo: z.optional(z.boolean()),
  /**
   * What a verifier does when a certificate's revocation status cannot be found, unless its own
   * policy says otherwise: `soft-fail` (a warning) for a PKI that publishes no CRL or OCSP, such as
   * the reference server's demo PKI; `require` (INDETERMINATE) by default.
   */
  revocation: z.optional(z.enum(['require', 'soft-fail'])),
  certificates: z.array(z.object({
    name: z.string().check(z.minLength(1)),
    organization: z.optional(z.string()),
    role: z.enum(['root', 'intermediate']),
    /** What a root anchors; both when absent. */
    purposes: z.optional(z.array(z.enum(['signature', 'timestamp']))),
    /** SHA-256 of the certificate's DER bytes, lower-case hex. */
    sha256: sha256HexSchema,
    /** The certificate, PEM (`-----BEGIN CERTIFICATE-----`). */
    certificate: z.string().check(z.startsWith('-----BEGIN CERTIFICATE-----')),
    source: z.optional(z.string()),
    notes: z.optional(z.string()),
  })).check(z.minLength(1)),
});

/** A trust list. */
export type TrustList = z.infer<typeof trustListSchema>;
