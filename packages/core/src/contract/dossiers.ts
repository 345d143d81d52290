import * as z from 'zod/mini';
import { localizedTextSchema, isoDateSchema } from '../schemas/common.js';
import { catalogueEntrySchema, procedureCodeSchema } from '../schemas/procedure.js';
import { actorSchema, dossierEventSchema, dossierStatusSchema, portalStateSchema } from '../status/schemas.js';
import { applicantSchema } from './applicant.js';
import { instantSchema, nfcTextSchema, plainMediaTypeSchema, sha256HexSchema } from './common.js';

/** A dossier code (`MaHoSo`): opaque text of at most 50 characters, e.g. `000.31.01.H55-261124-0007`. */
export const dossierCodeSchema = z.string().check(z.minLength(1), z.maxLength(50), z.regex(/^[A-Za-z0-9._-]+$/));

/** The answers of a form: field id → answer, as core's `validateAnswers` reads them. */
export const answersSchema = z.record(z.string().check(z.minLength(1), z.maxLength(64)), z.unknown());

/**
 * An uploaded file handed in with a dossier, by the `id` the upload service gave it. Name, size
 * and media type must be those of the finished upload.
 */
export const attachmentReferenceSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  size: z.int().check(z.gte(0)),
  mediaType: plainMediaTypeSchema,
});

/** An uploaded file handed in with a dossier. */
export type AttachmentReference = z.infer<typeof attachmentReferenceSchema>;

/**
 * `POST /dossiers`: file an application. `formVersion`, when given, must be the form's current
 * version (else `form-version-mismatch`). File fields in `answers` hold attachment references of
 * finished uploads. Send it with an `Idempotency-Key`.
 */
export const dossierSubmissionSchema = z.object({
  procedureCode: procedureCodeSchema,
  formVersion: z.optional(z.int().check(z.gte(1))),
  applicant: applicantSchema,
  answers: answersSchema,
});

/** An application to file. */
export type DossierSubmission = z.infer<typeof dossierSubmissionSchema>;

/**
 * `POST /dossiers/{code}/supplement-requests/{id}/answer`: the applicant's answer to a request for
 * supplements: a note, changed answers (merged into the dossier's and checked again against the
 * form) and extra documents. At least one of them.
 */
export const supplementAnswerSchema = z.object({
  note: z.optional(nfcTextSchema(2000, { multiline: true })),
  answers: z.optional(answersSchema),
  attachments: z.optional(z.array(attachmentReferenceSchema).check(z.maxLength(20))),
}).check(z.refine((answer) => answer.note !== undefined || answer.answers !== undefined || (answer.attachments?.length ?? 0) > 0, {
  path: ['note'],
  message: 'Give a note, answers or attachments',
  params: { messageKey: 'api.field.supplement-empty' },
}));

/** The applicant's answer to a request for supplements. */
export type SupplementAnswer = z.infer<typeof supplementAnswerSchema>;

/** `POST /dossiers/{code}/withdraw`: the applicant withdraws the dossier, saying why. */
export const withdrawalSchema = z.object({ reason: nfcTextSchema(2000, { multiline: true }) });

/** A withdrawal. */
export type Withdrawal = z.infer<typeof withdrawalSchema>;

/** A file of the dossier: what was uploaded, its digest, and where it came in. */
export const dossierAttachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.int().check(z.gte(0)),
  mediaType: z.string(),
  sha256: sha256HexSchema,
  /** The form field it answers; absent for a document sent with a supplement. */
  field: z.optional(z.string()),
  /** The supplement request it answered, if any. */
  supplementRequestId: z.optional(z.string()),
  addedAt: instantSchema,
});

/** A file of the dossier. */
export type DossierAttachment = z.infer<typeof dossierAttachmentSchema>;

/** A request for supplements (Form 02 of Circular 01/2018) and, once given, its answer. */
export const supplementRequestSchema = z.object({
  id: z.string(),
  status: z.enum(['open', 'answered', 'closed']),
  requestedAt: instantSchema,
  requestedBy: actorSchema,
  /** What is missing or must be corrected, one item each. */
  items: z.array(z.string()),
  note: z.optional(z.string()),
  /** The day the answer is expected by. */
  dueDate: z.optional(isoDateSchema),
  answeredAt: z.optional(instantSchema),
  answer: z.optional(z.object({
    note: z.optional(z.string()),
    changedFields: z.array(z.string()),
    attachmentIds: z.array(z.string()),
  })),
});

/** A request for supplements. */
export type SupplementRequest = z.infer<typeof supplementRequestSchema>;

/** A fee or charge asked of the applicant, in whole đồng. */
export const requestedFeeSchema = z.object({
  name: localizedTextSchema,
  amount: z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
});

/** A request to pay fees or taxes, and whether it was paid. */
export const feeRequestSchema = z.object({
  id: z.string(),
  status: z.enum(['open', 'paid', 'closed']),
  requestedAt: instantSchema,
  requestedBy: actorSchema,
  fees: z.array(requestedFeeSchema),
  /** The sum of `fees`, in đồng. */
  total: z.int().check(z.gte(0)),
  note: z.optional(z.string()),
  dueDate: z.optional(isoDateSchema),
  paidAt: z.optional(instantSchema),
});

/** A request to pay fees. */
export type FeeRequest = z.infer<typeof feeRequestSchema>;

/**
 * A result document the agency issued: a PDF signed as PAdES, fetched at `href` (relative to
 * the API) with the dossier's access token.
 */
export const issuedDocumentSchema = z.object({
  id: z.string(),
  name: localizedTextSchema,
  /** The document's number as written on it, e.g. `0042/GXN-UBND`. */
  number: z.string(),
  issuedAt: instantSchema,
  mediaType: z.literal('application/pdf'),
  href: z.string(),
});

/** A result document. */
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;

/** Why a dossier counts as overdue (Decision 766/QĐ-TTg). */
export const overdueReasonSchema = z.enum(['past-due', 'repeated-supplement-request']);

/** Where a dossier stands against its deadline, as core's `dossierDeadline` computes it. */
export const deadlineSchema = z.object({
  clock: z.enum(['not-started', 'running', 'paused', 'ended']),
  receivedOn: z.optional(isoDateSchema),
  /** The working day the count starts from (the next one when received on a day off). */
  countsFrom: z.optional(isoDateSchema),
  appointmentDate: z.optional(isoDateSchema),
  dueDate: z.optional(isoDateSchema),
  pausedWorkingDays: z.number(),
  /** While the clock is paused: the day the current wait for a supplement began. */
  pausedSince: z.optional(isoDateSchema),
  supplementRequests: z.int(),
  endedOn: z.optional(isoDateSchema),
  remainingWorkingDays: z.optional(z.number()),
  overdue: z.boolean(),
  overdueReasons: z.array(overdueReasonSchema),
});

/** A dossier's deadline. */
export type DeadlineView = z.infer<typeof deadlineSchema>;

/**
 * A token that opens one dossier without its verifier, until `expiresAt`: send it as
 * `Authorization: Bearer <token>`, or as `?access_token=` where a header cannot be set (EventSource,
 * links to result documents).
 */
export const dossierAccessSchema = z.object({ token: z.string(), expiresAt: instantSchema });

/** A dossier access token. */
export type DossierAccess = z.infer<typeof dossierAccessSchema>;

/** The official one-stop status code, 1–10. */
const statusCodeSchema = z.int().check(z.gte(1), z.lte(10));

/**
 * A dossier (hồ sơ): what was filed, where it stands, its history (oldest first; an event's
 * position + 1 is its `seq`, the id of its server-sent event), its deadline, the requests made of
 * the applicant and the result documents. `version` grows with every change (it is the `ETag`).
 * `access` comes only with the answers that open the dossier (submission, lookup).
 */
export const dossierSchema = z.object({
  code: dossierCodeSchema,
  procedure: z.object({ code: procedureCodeSchema, name: localizedTextSchema, agency: catalogueEntrySchema }),
  formVersion: z.int(),
  channel: z.enum(['in-person', 'online', 'postal']),
  status: dossierStatusSchema,
  statusCode: statusCodeSchema,
  portalState: portalStateSchema,
  applicant: applicantSchema,
  answers: answersSchema,
  attachments: z.array(dossierAttachmentSchema),
  submittedAt: instantSchema,
  updatedAt: instantSchema,
  version: z.int().check(z.gte(1)),
  history: z.array(dossierEventSchema),
  deadline: deadlineSchema,
  supplementRequests: z.array(supplementRequestSchema),
  feeRequests: z.array(feeRequestSchema),
  documents: z.array(issuedDocumentSchema),
  access: z.optional(dossierAccessSchema),
});

/** A dossier. */
export type Dossier = z.infer<typeof dossierSchema>;

/** `GET /dossiers/{code}/history`: the dossier's status history, oldest first. */
export const dossierHistorySchema = z.object({
  code: dossierCodeSchema,
  status: dossierStatusSchema,
  items: z.array(dossierEventSchema),
});

/** A dossier's history. */
export type DossierHistory = z.infer<typeof dossierHistorySchema>;

/** A dossier as the staff list shows it. */
export const dossierSummarySchema = z.object({
  code: dossierCodeSchema,
  procedureCode: procedureCodeSchema,
  procedureName: localizedTextSchema,
  applicantName: z.string(),
  status: dossierStatusSchema,
  statusCode: statusCodeSchema,
  submittedAt: instantSchema,
  updatedAt: instantSchema,
  dueDate: z.optional(isoDateSchema),
  overdue: z.boolean(),
});

/** A dossier in the staff list. */
export type DossierSummary = z.infer<typeof dossierSummarySchema>;
