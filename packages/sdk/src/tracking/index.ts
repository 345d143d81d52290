/**
 * `@egov-kit/sdk/tracking`: what a dossier-tracking page needs — look a dossier up by code and
 * verifier, read its history, follow it live (server-sent events, polling fallback). No upload,
 * submission or staff code.
 * @module
 */
export { lookupDossier, getDossierHistory } from './lookup.js';
export { subscribeToDossier, type DossierSubscription, type SubscribeOptions, type SubscriptionState } from './subscribe.js';
export { streamEventsOfHistory } from './stream-events.js';
export { EventStreamParser, readEventStream, type ServerSentEvent, type EventStreamHandlers } from './event-stream.js';
export type { DossierCredential } from '../dossier-access.js';
export type { Dossier, DossierHistory, DossierStreamEvent } from '../contract.js';
