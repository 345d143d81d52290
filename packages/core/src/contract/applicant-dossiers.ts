import * as z from 'zod/mini';
import { isoDateSchema } from '../schemas/common.js';
import { dossierStatusSchema } from '../status/schemas.js';
import { cursorSchema, pageLimitSchema } from './common.js';

/**
 * `GET /me/dossiers`: the dossiers of the signed-in applicant (the bearer token a national single
 * sign-on issued for them), newest filing first, a page at a time. Filters, all optional: the
 * status, and the days of filing (`from`, `to`: dates in Vietnam, both included).
 */
export const applicantDossierQuerySchema = z.object({
  status: z.optional(dossierStatusSchema),
  from: z.optional(isoDateSchema),
  to: z.optional(isoDateSchema),
  cursor: z.optional(cursorSchema),
  limit: z.optional(pageLimitSchema),
}).check(z.refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
  path: ['to'],
  message: 'The end of the range comes before its start',
  params: { messageKey: 'api.field.date-range' },
}));

/** The applicant's list query. */
export type ApplicantDossierQuery = z.infer<typeof applicantDossierQuerySchema>;

/** The access token an applicant's single sign-on issues (OAuth 2.0 password grant, demo only). */
export const applicantTokenRequestSchema = z.object({
  grant_type: z.literal('password'),
  /** The person's personal ID number (CCCD), as the national identity system knows them. */
  username: z.string().check(z.minLength(1), z.maxLength(100)),
  password: z.string().check(z.minLength(1), z.maxLength(500)),
});

/** An applicant token request. */
export type ApplicantTokenRequest = z.infer<typeof applicantTokenRequestSchema>;
