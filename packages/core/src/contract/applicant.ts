import * as z from 'zod/mini';
import { validateIdentifier, type IdentifierKind } from '../identifiers/index.js';
import { addressValueSchema } from '../schemas/fields.js';
import { nfcTextSchema } from './common.js';

/**
 * An identifier of `kind`, as people type it: stored in its canonical form (`+84912345678`,
 * `001095012345`) when valid; otherwise the issue carries the validator's message key
 * (`identifier.phone.wrong-prefix`…) and params.
 */
export function identifierSchema(kind: IdentifierKind) {
  return z.string().check(
    z.maxLength(100),
    z.overwrite((input) => {
      const result = validateIdentifier(kind, input);
      return result.ok ? result.value : input;
    }),
    z.superRefine((value, ctx) => {
      const result = validateIdentifier(kind, value);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.messageKey, input: value, params: { messageKey: result.messageKey, params: result.params ?? {} } });
      }
    }),
  );
}

/** Who files a dossier: a person, or an organisation through its representative. */
export const applicantKinds = ['citizen', 'organization'] as const;

/** Who files a dossier. */
export type ApplicantKind = (typeof applicantKinds)[number];

/**
 * The applicant (chủ hồ sơ): the person's name, personal ID number (CCCD) and mobile number, which
 * are also the two verifiers that open the dossier later; optionally an email and an address. An
 * organisation gives its name and tax code as well, and the person is its representative.
 */
export const applicantSchema = z.object({
  kind: z.enum(applicantKinds),
  fullName: nfcTextSchema(200),
  idNumber: identifierSchema('cccd'),
  phone: identifierSchema('phone'),
  email: z.optional(identifierSchema('email')),
  address: z.optional(addressValueSchema),
  organization: z.optional(z.object({
    name: nfcTextSchema(300),
    taxCode: identifierSchema('tax-code'),
  })),
}).check(z.refine((applicant) => applicant.kind !== 'organization' || applicant.organization !== undefined, {
  path: ['organization'],
  message: 'An organisation applicant needs its name and tax code',
  params: { messageKey: 'form.error.required' },
}));

/** The applicant of a dossier. */
export type Applicant = z.infer<typeof applicantSchema>;

/**
 * What a person types to open their dossier besides its code: their mobile number or their
 * personal ID number, in any usual spelling (`0912 345 678`, `+84912345678`, `001 095 012 345`).
 */
export const dossierVerifierSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(50));

/**
 * The canonical forms a verifier may stand for: the phone number and/or the personal ID number it
 * spells, as the validators write them. Empty when it is neither. Compare these with the
 * applicant's stored `phone` and `idNumber`.
 */
export function verifierCandidates(verifier: string): { phone?: string; idNumber?: string } {
  const phone = validateIdentifier('phone', verifier);
  const id = validateIdentifier('cccd', verifier);
  return { ...(phone.ok ? { phone: phone.value } : {}), ...(id.ok ? { idNumber: id.value } : {}) };
}
