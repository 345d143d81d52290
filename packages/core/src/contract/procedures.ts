import * as z from 'zod/mini';
import { formDefinitionSchema } from '../schemas/form.js';
import {
  catalogueEntrySchema, channelSchema, feeSchema, onlineLevelSchema, procedureCodeSchema,
  procedureSchema, targetGroupSchema,
} from '../schemas/procedure.js';
import { catalogueCodeSchema, localizedTextSchema } from '../schemas/common.js';
import { onlineLevels } from '../schemas/procedure-vocabulary.js';
import { cursorSchema, pageLimitSchema, pageSchema } from './common.js';

/**
 * The query of `GET /procedures`: `q` matches the code, the name (either language) and the agency,
 * ignoring case and diacritics, every word; `agency`, `field` and `level` filter exactly; results
 * come in code order, `limit` at a time.
 */
export const procedureSearchQuerySchema = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  agency: z.optional(catalogueCodeSchema),
  field: z.optional(catalogueCodeSchema),
  level: z.optional(z.enum(onlineLevels)),
  cursor: z.optional(cursorSchema),
  limit: z.optional(pageLimitSchema),
});

/** The query of `GET /procedures`. */
export type ProcedureSearchQuery = z.infer<typeof procedureSearchQuerySchema>;

/** A procedure as search results list it: enough to choose one and see its cost and time. */
export const procedureSummarySchema = z.object({
  code: procedureCodeSchema,
  name: localizedTextSchema,
  agency: catalogueEntrySchema,
  field: catalogueEntrySchema,
  onlineLevel: onlineLevelSchema,
  processingTime: z.object({ workingDays: z.number(), note: z.optional(localizedTextSchema) }),
  fees: z.array(feeSchema),
  channels: z.array(channelSchema),
  targetGroups: z.array(targetGroupSchema),
});

/** A procedure in search results. */
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;

/** A page of procedures. */
export const procedurePageSchema = pageSchema(procedureSummarySchema);

/** A page of procedures. */
export type ProcedurePage = z.infer<typeof procedurePageSchema>;

/** `GET /procedures/{code}`: the procedure as published and the form that files it. */
export const procedureDetailSchema = z.object({
  procedure: procedureSchema,
  form: formDefinitionSchema,
});

/** A procedure with its application form. */
export type ProcedureDetail = z.infer<typeof procedureDetailSchema>;
