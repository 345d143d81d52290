import * as z from 'zod/mini';
import { dossierStatusSchema } from '../status/schemas.js';
import { isoDateSchema } from '../schemas/common.js';
import { procedureCodeSchema } from '../schemas/procedure.js';
import { cursorSchema, instantSchema, nfcTextSchema, pageLimitSchema, pageSchema } from './common.js';
import { dossierSummarySchema, requestedFeeSchema } from './dossiers.js';
import { staffOperationNames, type StaffOperation } from './workflow.js';

/**
 * The civil servant acting, when the calling system knows them; otherwise the OAuth client is
 * recorded as the actor.
 */
export const officerSchema = z.object({
  id: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  name: z.optional(nfcTextSchema(200)),
});

/** A note for the history (optional). */
const note = z.optional(nfcTextSchema(2000, { multiline: true }));

/** The body of each staff operation (`POST /staff/dossiers/{code}/{operation}`). */
export const staffOperationBodySchemas = {
  receive: z.object({ officer: z.optional(officerSchema), note }),
  refuse: z.object({ officer: z.optional(officerSchema), reason: nfcTextSchema(2000, { multiline: true }) }),
  process: z.object({ officer: z.optional(officerSchema), note }),
  'request-supplement': z.object({
    officer: z.optional(officerSchema),
    note,
    items: z.array(nfcTextSchema(500, { multiline: true })).check(z.minLength(1), z.maxLength(30)),
    dueDate: z.optional(isoDateSchema),
  }),
  'request-fees': z.object({
    officer: z.optional(officerSchema),
    note,
    fees: z.array(requestedFeeSchema).check(z.minLength(1), z.maxLength(30)),
    dueDate: z.optional(isoDateSchema),
  }),
  decide: z.object({
    officer: z.optional(officerSchema),
    note,
    /** `approved`: the procedure's results are issued; `rejected`: a written reasoned refusal is. */
    outcome: z.enum(['approved', 'rejected']),
  }),
  stop: z.object({ officer: z.optional(officerSchema), reason: nfcTextSchema(2000, { multiline: true }) }),
  'return-result': z.object({ officer: z.optional(officerSchema), note, method: z.optional(z.enum(['in-person', 'online', 'postal'])) }),
} as const satisfies Record<StaffOperation, z.ZodMiniObject>;

/** The body of a staff operation. */
export type StaffOperationBody<O extends StaffOperation> = z.infer<(typeof staffOperationBodySchemas)[O]>;

/** A staff operation's name in a path. */
export const staffOperationSchema = z.enum(staffOperationNames as [StaffOperation, ...StaffOperation[]]);

/** `GET /staff/dossiers`: filters (all optional) and paging, newest filing first. */
export const staffDossierQuerySchema = z.object({
  status: z.optional(dossierStatusSchema),
  procedure: z.optional(procedureCodeSchema),
  /** Only dossiers filed at or after this instant. */
  since: z.optional(instantSchema),
  cursor: z.optional(cursorSchema),
  limit: z.optional(pageLimitSchema),
});

/** The staff list's query. */
export type StaffDossierQuery = z.infer<typeof staffDossierQuerySchema>;

/** A page of the staff list. */
export const dossierSummaryPageSchema = pageSchema(dossierSummarySchema);

/**
 * `POST /oauth/token` (RFC 6749 §4.4), form-encoded or JSON. The client authenticates with HTTP
 * Basic or with `client_id`/`client_secret` in the body; `scope` (space-separated) narrows the
 * token to some of the client's scopes.
 */
export const tokenRequestSchema = z.object({
  grant_type: z.string(),
  scope: z.optional(z.string().check(z.maxLength(1000))),
  client_id: z.optional(z.string().check(z.maxLength(200))),
  client_secret: z.optional(z.string().check(z.maxLength(500))),
});

/** A token request. */
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

/** The token answer (RFC 6749 §5.1). */
export const tokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  /** Seconds until the token expires. */
  expires_in: z.int().check(z.gte(1)),
  /** The scopes granted, space-separated. */
  scope: z.string(),
});

/** A token answer. */
export type TokenResponse = z.infer<typeof tokenResponseSchema>;
