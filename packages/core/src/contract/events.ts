import * as z from 'zod/mini';
import { dossierEventSchema, dossierStatusSchema } from '../status/schemas.js';
import { dossierCodeSchema } from './dossiers.js';

/**
 * `GET /dossiers/{code}/events` is a `text/event-stream` (server-sent events). Each change of the
 * dossier's status is one event: `id` is its `seq` (its position in the history, from 1), `event`
 * is `status-changed`, `data` is a {@link dossierStreamEventSchema} JSON. A client that reconnects
 * with `Last-Event-ID: <seq>` (EventSource does this itself) gets every later event first, then
 * live ones; without it, the stream starts with the whole history. Comments (`: keep-alive`) are
 * sent every 15 seconds so proxies keep the connection open.
 */
export const DOSSIER_STREAM_EVENT = 'status-changed';

/** The `data` of a `status-changed` event. */
export const dossierStreamEventSchema = z.object({
  type: z.literal(DOSSIER_STREAM_EVENT),
  code: dossierCodeSchema,
  /** The event's position in the history, from 1; also its SSE `id`. */
  seq: z.int().check(z.gte(1)),
  event: dossierEventSchema,
  /** The dossier's status after this event. */
  status: dossierStatusSchema,
  statusCode: z.int().check(z.gte(1), z.lte(10)),
  /** The dossier's version after this event. */
  version: z.int().check(z.gte(1)),
});

/** A `status-changed` event's data. */
export type DossierStreamEvent = z.infer<typeof dossierStreamEventSchema>;
