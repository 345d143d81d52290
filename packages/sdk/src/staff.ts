/**
 * The staff API for back-office systems: list and read dossiers, and move them through the
 * one-stop workflow. Needs a client authenticated with OAuth client credentials (Node) or a staff
 * token from the host's login, holding the scope of each operation.
 * @module
 */
import {
  dossierSchema, dossierSummaryPageSchema,
  type Dossier, type DossierSummary, type StaffDossierQuery, type StaffOperation, type StaffOperationBody,
} from './contract.js';
import { dossierPath, ifMatchHeader } from './dossier-access.js';
import { paginate, type Paginated } from './pagination.js';
import type { CallOptions, Transport } from './transport/transport.js';

/** Filters of the staff list (all optional), without the cursor. */
export type StaffDossierFilter = Omit<StaffDossierQuery, 'cursor'>;

/** Dossiers for staff, newest filing first, a page at a time (scope `dossiers:read`). */
export function listStaffDossiers(api: Transport, filter: StaffDossierFilter = {}, options: CallOptions = {}): Paginated<DossierSummary> {
  return paginate(async (cursor) => {
    const { data } = await api.request({
      ...options, method: 'GET', path: '/staff/dossiers', schema: dossierSummaryPageSchema,
      query: { status: filter.status, procedure: filter.procedure, since: filter.since, limit: filter.limit, cursor },
    });
    return data;
  });
}

/** One dossier as staff see it (scope `dossiers:read`). */
export async function getStaffDossier(api: Transport, code: string, options: CallOptions = {}): Promise<Dossier> {
  const { data } = await api.request({ ...options, method: 'GET', path: `/staff${dossierPath(code)}`, schema: dossierSchema });
  return data;
}

/** Options of a staff operation. */
export interface StaffOperationOptions extends CallOptions {
  /** The version staff saw; a dossier changed meanwhile is refused (`dossier-changed`, 412). */
  ifVersion?: number;
}

/**
 * Runs a workflow operation (`receive`, `refuse`, `request-supplement`, `decide`…) on a dossier.
 * Not retried: it is not idempotent (pass `ifVersion` so a repeat is refused, not applied twice).
 * @throws ProblemError `transition-forbidden` when the workflow does not allow it from the
 * dossier's status, `insufficient-scope`, `dossier-changed`.
 */
export async function runStaffOperation<O extends StaffOperation>(
  api: Transport, code: string, operation: O, body: StaffOperationBody<O>, options: StaffOperationOptions = {},
): Promise<Dossier> {
  const { ifVersion, ...call } = options;
  const { data } = await api.request({
    ...call, method: 'POST', path: `/staff${dossierPath(code)}/${operation}`, json: body, schema: dossierSchema, headers: ifMatchHeader(ifVersion),
  });
  return data;
}
