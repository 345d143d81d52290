/**
 * The Web Worker script: verifies PDFs off the page's main thread, with WebCrypto. Start it with
 * `new Worker(new URL('@egov-kit/signature/worker', import.meta.url), { type: 'module' })` or let
 * {@link verifyInWorker} do it. Online revocation requests are sent back to the page, which makes
 * them with the fetch function it was given.
 */
import { verifyPdf } from '../verify.js';
import { inPlaceWebCryptoHasher } from '../crypto/digest.js';
import type { FetchFunction } from '../revocation/fetch.js';
import type { FromWorker, ToWorker } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const pending = new Map<number, (result: { ok: boolean; body?: Uint8Array }) => void>();
let nextRequest = 1;

function proxyFetch(id: number): FetchFunction {
  return (url, init) => new Promise((resolve) => {
    const request = nextRequest++;
    pending.set(request, ({ ok, body }) => resolve({ ok, arrayBuffer: async () => (body ?? new Uint8Array(0)).slice().buffer }));
    scope.postMessage({ type: 'fetch', id, request, url, ...(init?.method ? { method: init.method } : {}), ...(init?.headers ? { headers: init.headers } : {}), ...(init?.body ? { body: init.body } : {}) });
  });
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'fetched') {
    pending.get(message.id)?.({ ok: message.ok, ...(message.body ? { body: message.body } : {}) });
    pending.delete(message.id);
    return;
  }
  if (message.type !== 'verify') return;
  const { id, bytes, options } = message;
  const time = options.time ? new Date(options.time) : undefined;
  // The bytes are this worker's own copy, so the signed ranges can be hashed in place.
  void verifyPdf(bytes, {
    hasher: inPlaceWebCryptoHasher,
    ...(options.trustList !== undefined ? { trustList: options.trustList } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(time ? { time } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.fetchTimeoutMs ? { fetchTimeoutMs: options.fetchTimeoutMs } : {}),
    ...(options.online ? { fetch: proxyFetch(id) } : {}),
  }).then(
    (report) => scope.postMessage({ type: 'report', id, report }),
    (error: unknown) => scope.postMessage({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) }),
  );
};
