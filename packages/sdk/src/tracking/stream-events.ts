import { codeOf, type DossierEvent } from '@egov-kit/core';
import { DOSSIER_STREAM_EVENT, type DossierStreamEvent } from '../contract.js';

/**
 * The `status-changed` events of a dossier's history after position `after`, as the event stream
 * sends them: the event at index `i` has `seq` `i + 1`, and the dossier's version after it is
 * `seq + 1` (a dossier starts at version 1 with no history). Polling uses this to produce the
 * same events the stream would have.
 */
export function streamEventsOfHistory(code: string, history: readonly DossierEvent[], after: number): DossierStreamEvent[] {
  return history.slice(after).map((event, index) => {
    const seq = after + index + 1;
    return { type: DOSSIER_STREAM_EVENT, code, seq, event, status: event.to, statusCode: codeOf(event.to), version: seq + 1 };
  });
}
