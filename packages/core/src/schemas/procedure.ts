import * as z from 'zod/mini';
import {
  catalogueCodeSchema, httpUrlSchema, isoDateSchema, localizedTextSchema, mediaTypeSchema, nfcText, reportDuplicates,
} from './common.js';
import { channels, onlineLevels, targetGroups } from './procedure-vocabulary.js';

export type { Channel } from './procedure-vocabulary.js';

/**
 * A procedure's code in the national procedure database, e.g. `1.000466`. It looks like
 * `D.DDDDDD`, but no meaning of its parts is documented and other systems mint their own, so it is
 * opaque: any non-blank text of at most 50 characters (trimmed).
 */
export const procedureCodeSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(50));

/**
 * How far a procedure can be done online, tagged with the instrument that defines the levels
 * (Decree 42/2022/NĐ-CP, replaced by Decree 224/2026/NĐ-CP from 1 Jul 2026). A future scheme
 * with other levels becomes another member of this union.
 */
export const onlineLevelSchema = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('decree-224-2026'), level: z.enum(onlineLevels) }),
  z.object({ scheme: z.literal('decree-42-2022'), level: z.enum(onlineLevels) }),
]);

/** How far a procedure can be done online, under a named scheme. */
export type OnlineLevel = z.infer<typeof onlineLevelSchema>;

/** A channel. */
export const channelSchema = z.enum(channels);

/** Who a procedure is for. */
export const targetGroupSchema = z.enum(targetGroups);

/** A fee or charge in whole đồng (VND has no minor unit); `0` with a note for exemptions. */
export const feeSchema = z.object({
  name: localizedTextSchema,
  amount: z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)),
  note: z.optional(localizedTextSchema),
});

/** A downloadable template of a document (mẫu đơn, tờ khai). */
export const documentTemplateSchema = z.object({
  url: httpUrlSchema,
  fileName: z.string().check(z.trim(), z.minLength(1), z.maxLength(255), z.regex(/^[^/\\]+$/, 'A file name, not a path')),
  mediaType: mediaTypeSchema,
});

/** A document the applicant hands in, with how many originals and copies. */
export const requiredDocumentSchema = z.object({
  name: localizedTextSchema,
  originals: z.int().check(z.minimum(0), z.maximum(100)),
  copies: z.int().check(z.minimum(0), z.maximum(100)),
  required: z.boolean(),
  note: z.optional(localizedTextSchema),
  templates: z.optional(z.array(documentTemplateSchema).check(z.maxLength(10))),
}).check(z.refine((doc) => doc.originals + doc.copies > 0, { path: ['originals'], message: 'At least one original or copy' }));

/** A legal instrument a procedure rests on, by its number (`04/2020/TT-BTP`) and title. */
export const legalBasisSchema = z.object({
  number: nfcText(100),
  title: localizedTextSchema,
  issuedOn: z.optional(isoDateSchema),
  url: z.optional(httpUrlSchema),
});

/** A document the applicant receives as the result (a certificate, a licence, a written refusal). */
export const resultDocumentSchema = z.object({
  name: localizedTextSchema,
  note: z.optional(localizedTextSchema),
});

/** A named code with its name, as catalogues publish agencies and fields (lĩnh vực). */
export const catalogueEntrySchema = z.object({ code: catalogueCodeSchema, name: localizedTextSchema });

/**
 * An administrative procedure as the national database publishes it (Decree 63/2010, Art. 8):
 * what it is, who carries it out, how far it can be done online, how long it takes in working
 * days, what it costs, what to hand in, who it is for, on which legal basis, what comes out.
 */
export const procedureSchema = z.object({
  code: procedureCodeSchema,
  name: localizedTextSchema,
  agency: catalogueEntrySchema,
  field: catalogueEntrySchema,
  onlineLevel: onlineLevelSchema,
  /** Working days from reception; halves allowed (4 working hours), `0` for the same day. */
  processingTime: z.object({
    workingDays: z.number().check(z.minimum(0), z.maximum(1000), z.multipleOf(0.5)),
    note: z.optional(localizedTextSchema),
  }),
  fees: z.array(feeSchema).check(z.maxLength(50)),
  requiredDocuments: z.array(requiredDocumentSchema).check(z.maxLength(100)),
  targetGroups: z.array(targetGroupSchema).check(z.minLength(1)),
  /** Conditions the applicant must meet (yêu cầu, điều kiện). */
  requirements: z.optional(z.array(localizedTextSchema).check(z.maxLength(50))),
  /** The steps of the procedure as published (trình tự thực hiện). */
  steps: z.optional(z.array(localizedTextSchema).check(z.maxLength(50))),
  legalBasis: z.array(legalBasisSchema).check(z.minLength(1), z.maxLength(100)),
  results: z.array(resultDocumentSchema).check(z.minLength(1), z.maxLength(20)),
  channels: z.array(channelSchema).check(z.minLength(1)),
}).check(z.superRefine((procedure, ctx) => {
  reportDuplicates(ctx, procedure.channels, (i) => ['channels', i], 'channel');
  reportDuplicates(ctx, procedure.targetGroups, (i) => ['targetGroups', i], 'target group');
}));

/** An administrative procedure. */
export type Procedure = z.infer<typeof procedureSchema>;
/** A fee or charge. */
export type Fee = z.infer<typeof feeSchema>;
/** A downloadable template. */
export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;
/** A document to hand in. */
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;
/** A legal instrument. */
export type LegalBasis = z.infer<typeof legalBasisSchema>;
/** A result document. */
export type ResultDocument = z.infer<typeof resultDocumentSchema>;
/** Who a procedure is for. */
export type TargetGroup = z.infer<typeof targetGroupSchema>;
/** A code with its name. */
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
