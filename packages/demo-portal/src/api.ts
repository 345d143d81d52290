/**
 * The API the portal talks to: the reference server that serves it, on the same origin. Pages import
 * the SDK's subpath functions with this transport, so each ships only what it calls.
 */
import { createTransport } from '@egov-kit/sdk/transport';
import { currentLocale } from './locale.js';

export const api = createTransport({ baseUrl: location.origin, locale: currentLocale });
