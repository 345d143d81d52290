import type { ServerResponse } from 'node:http';
import { codeOf, type DossierEvent, type DossierStatus } from '@egov-kit/core';
import type { FastifyInstance } from 'fastify';
import { DOSSIER_STREAM_EVENT, type DossierStreamEvent } from '../contract.js';
import type { ServerContext } from '../context.js';
import { dossierAccessOf, openDossier } from '../dossiers/access.js';
import { ProblemError } from '../http/problem.js';

/** The `seq` a client resumes after: `Last-Event-ID`, or `lastEventId` in the query (for clients that cannot set headers). */
function resumeAfter(header: unknown, query: unknown): number {
  const value = typeof header === 'string' ? header : typeof query === 'string' ? query : '0';
  return /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : 0;
}

/** The open streams, so shutdown can end them. */
const streams = new Set<ServerResponse>();

/** Ends every open event stream (on shutdown: clients reconnect to another instance with `Last-Event-ID`). */
export function endEventStreams(): void {
  for (const stream of streams) stream.end();
  streams.clear();
}

/**
 * `GET /dossiers/{code}/events`: server-sent events of a dossier's status changes. Replays the
 * events after `Last-Event-ID` (all of them without it), then sends each new one as it is
 * committed on any instance. Keep-alive comments every `sseKeepAliveSeconds`, which also re-read
 * the database in case a notification was lost.
 */
export async function eventRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { db, config } = context;
  const accessContext = dossierAccessOf(context);
  /** Open streams per client address, to cap them. */
  const streamsPerClient = new Map<string, number>();
  // Before the server stops listening: an open stream would keep it waiting.
  app.addHook('preClose', async () => endEventStreams());

  app.get<{ Params: { code: string }; Querystring: { lastEventId?: string } }>('/dossiers/:code/events', async (request, reply) => {
    const opened = await openDossier(accessContext, request, request.params.code);
    const code = opened.dossier.record.code;
    const client = request.ip;
    const open = streamsPerClient.get(client) ?? 0;
    if (open >= config.maxStreamsPerClient) {
      throw new ProblemError('too-many-connections', { params: { limit: config.maxStreamsPerClient }, headers: { 'retry-after': String(config.sseKeepAliveSeconds) } });
    }
    streamsPerClient.set(client, open + 1);
    let last = resumeAfter(request.headers['last-event-id'], request.query.lastEventId);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 3000\n\n');
    streams.add(raw);

    let pumping: Promise<void> = Promise.resolve();
    let closed = false;
    const pump = () => {
      pumping = pumping.then(async () => {
        if (closed) return;
        const rows = await db.query<{ seq: number; event: DossierEvent }>(
          `SELECT seq, json_strip_nulls(json_build_object('from', from_status, 'to', to_status, 'actor', actor, 'at', vn_instant(at), 'note', note)) AS event
           FROM dossier_events WHERE dossier_code = $1 AND seq > $2 ORDER BY seq`,
          [code, last],
        );
        for (const { seq, event } of rows) {
          if (closed) return;
          const data: DossierStreamEvent = {
            type: DOSSIER_STREAM_EVENT, code, seq, event, status: event.to as DossierStatus, statusCode: codeOf(event.to), version: seq + 1,
          };
          raw.write(`id: ${seq}\nevent: ${DOSSIER_STREAM_EVENT}\ndata: ${JSON.stringify(data)}\n\n`);
          last = seq;
        }
      }).catch((error: unknown) => request.log.warn({ err: error }, 'event stream read failed'));
    };
    const unsubscribe = context.events.subscribe(code, pump);
    const keepAlive = setInterval(() => {
      raw.write(': keep-alive\n\n');
      pump();
    }, config.sseKeepAliveSeconds * 1000);
    // A stream ends when its access does: a token's at its expiry, a verifier's when the token it
    // would have minted would expire. Reconnecting then needs a valid token or the verifier again.
    const endsAt = opened.presented ? Date.parse(opened.presented.expiresAt) : Date.now() + config.dossierAccessTtlSeconds * 1000;
    const expiry = setTimeout(() => raw.end(), Math.min(2 ** 31 - 1, Math.max(0, endsAt - Date.now())));
    const close = () => {
      if (closed) return;
      closed = true;
      const left = (streamsPerClient.get(client) ?? 1) - 1;
      if (left > 0) streamsPerClient.set(client, left);
      else streamsPerClient.delete(client);
      clearInterval(keepAlive);
      clearTimeout(expiry);
      unsubscribe();
      streams.delete(raw);
    };
    raw.on('close', close);
    request.raw.on('close', close);
    pump();
  });
}
