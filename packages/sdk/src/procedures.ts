/**
 * The procedure catalogue: search it, and get one procedure with the form that files it.
 * @module
 */
import {
  procedureDetailSchema, procedurePageSchema,
  type ProcedureDetail, type ProcedureSearchQuery, type ProcedureSummary,
} from './contract.js';
import { paginate, type Paginated } from './pagination.js';
import type { CallOptions, Transport } from './transport/transport.js';

/** What to search the catalogue for; every part is optional. */
export interface ProcedureSearch {
  /** Words to find in the code, the name (either language) or the agency; case and diacritics are ignored. */
  text?: string;
  /** An agency's catalogue code. */
  agency?: string;
  /** A field's catalogue code. */
  field?: string;
  /** The online service level. */
  level?: ProcedureSearchQuery['level'];
  /** Items per page (1–100, default 20). */
  limit?: number;
}

/**
 * Searches the catalogue, in code order, a page at a time as the loop asks for more.
 * `options.signal` cancels whichever page is being fetched.
 */
export function searchProcedures(api: Transport, search: ProcedureSearch = {}, options: CallOptions = {}): Paginated<ProcedureSummary> {
  return paginate(async (cursor) => {
    const { data } = await api.request({
      ...options, method: 'GET', path: '/procedures', schema: procedurePageSchema,
      query: { q: search.text, agency: search.agency, field: search.field, level: search.level, limit: search.limit, cursor },
    });
    return data;
  });
}

/**
 * A procedure as published, with its application form.
 * @throws ProblemError `procedure-not-found` for an unknown code.
 */
export async function getProcedure(api: Transport, code: string, options: CallOptions = {}): Promise<ProcedureDetail> {
  const { data } = await api.request({ ...options, method: 'GET', path: `/procedures/${encodeURIComponent(code)}`, schema: procedureDetailSchema });
  return data;
}
