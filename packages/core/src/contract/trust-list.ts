import * as z from 'zod/mini';
import { instantSchema, sha256HexSchema } from './common.js';

/**
 * A trust list the signature viewer checks result documents against: certificates pinned by the
 * SHA-256 of their DER bytes. `role` says whether a certificate is a trust anchor (`root`) or an
 * intermediate that documents may not embed.
 */
export const trustListSchema = z.object({
  /** The format's version; this is 1. */
  version: z.literal(1),
  name: z.string().check(z.minLength(1)),
  /** When the list was issued. */
  issued: instantSchema,
  certificates: z.array(z.object({
    name: z.string().check(z.minLength(1)),
    /** SHA-256 of the certificate's DER bytes, lower-case hex. */
    sha256: sha256HexSchema,
    /** The certificate, PEM (`-----BEGIN CERTIFICATE-----`). */
    pem: z.string().check(z.startsWith('-----BEGIN CERTIFICATE-----')),
    role: z.enum(['root', 'intermediate']),
    notes: z.optional(z.string()),
  })).check(z.minLength(1)),
});

/** A trust list. */
export type TrustList = z.infer<typeof trustListSchema>;
