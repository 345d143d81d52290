import * as z from 'zod/mini';
import { _isoDateTime } from 'zod/v4/core';
import { useEnglishIssueMessagesByDefault } from '../schemas/zod-locale.js';
import { toNfc } from '../text/index.js';
import { dossierStatusIds, portalStates } from './statuses.js';
import { canTransition } from './transition-table.js';

useEnglishIssueMessagesByDefault();

/** A dossier status id. */
export const dossierStatusSchema = z.enum(dossierStatusIds);

/** An official `TrangThaiHoSo` code, 1–10. */
export const dossierStatusCodeSchema = z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

/** A national-portal string state that has a status code. */
export const portalStateSchema = z.enum(portalStates);

/** Who can act on a dossier: the applicant, a civil servant, or a system (e.g. a sync job). */
export const actorKinds = ['applicant', 'staff', 'system'] as const;

/** Who made a change: `kind`, a stable `id` in the acting system, and a display `name` if known. */
const actorIdSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
const actorNameSchema = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200), z.overwrite(toNfc)));

/**
 * Who made a change: `id` and `name` are who is authenticated (for staff, the OAuth client whose
 * token was used); `officer` is the person that client says acted, recorded as its claim beside it.
 */
export const actorSchema = z.object({
  kind: z.enum(actorKinds),
  id: actorIdSchema,
  name: actorNameSchema,
  officer: z.optional(z.object({ id: actorIdSchema, name: actorNameSchema })),
});

/** Who made a change. */
export type Actor = z.infer<typeof actorSchema>;

/** The longest note an event may carry, in UTF-16 units. */
export const EVENT_NOTE_MAX_LENGTH = 2000;

/**
 * One step in a dossier's history: it moved `from` → `to`, by `actor`, at `at` (an ISO 8601
 * instant with its offset), with an optional `note` (e.g. what supplement is asked for).
 * A move the workflow forbids does not parse.
 */
export const dossierEventSchema = z.object({
  from: dossierStatusSchema,
  to: dossierStatusSchema,
  actor: actorSchema,
  // z.iso.datetime({ offset: true }), built without the z.iso namespace (see isoDateSchema).
  at: _isoDateTime(z.ZodMiniISODateTime, { offset: true }),
  note: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(EVENT_NOTE_MAX_LENGTH), z.overwrite(toNfc))),
}).check(z.refine((event) => canTransition(event.from, event.to), {
  path: ['to'],
  message: 'The workflow does not allow this transition',
}));

/** One step in a dossier's history. */
export type DossierEvent = z.infer<typeof dossierEventSchema>;
