/**
 * A signed-in applicant's own dossiers: the transport carries the bearer token the host got from
 * the national single sign-on (its `auth` option, or a `client` made with it). Lists the person's
 * dossiers with filters, a page at a time, and opens one of them with a dossier access token for
 * what follows (live updates, answers, documents).
 * @module
 */
import { dossierSchema, dossierSummaryPageSchema, type ApplicantDossierQuery, type Dossier, type DossierSummary } from './contract.js';
import { paginate, type Paginated } from './pagination.js';
import type { CallOptions, Transport } from './transport/transport.js';

/** Filters of the applicant's list (all optional), without the cursor. */
export type ApplicantDossierFilter = Omit<ApplicantDossierQuery, 'cursor'>;

/**
 * The signed-in applicant's dossiers, newest filing first, a page at a time: by `status`, and
 * filed `from` / `to` (days in Vietnam, both included).
 * @throws ProblemError `unauthorized` without a valid applicant token; `validation-failed` for a
 * bad filter (`to` before `from`: `api.field.date-range`).
 */
export function listApplicantDossiers(api: Transport, filter: ApplicantDossierFilter = {}, options: CallOptions = {}): Paginated<DossierSummary> {
  return paginate(async (cursor) => {
    const { data } = await api.request({
      ...options, method: 'GET', path: '/me/dossiers', schema: dossierSummaryPageSchema,
      query: { status: filter.status, from: filter.from, to: filter.to, limit: filter.limit, cursor },
    });
    return data;
  });
}

/**
 * One of the signed-in applicant's dossiers, with a fresh access token (`access`) for the calls
 * that follow. Someone else's dossier is `dossier-not-found`, as an unknown code is.
 */
export async function getApplicantDossier(api: Transport, code: string, options: CallOptions = {}): Promise<Dossier> {
  const { data } = await api.request({ ...options, method: 'GET', path: `/me/dossiers/${encodeURIComponent(code)}`, schema: dossierSchema });
  return data;
}
