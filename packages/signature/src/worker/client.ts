/** Verifying in a Web Worker from a page: a small promise-based client. */
import type { Locale } from '@egov-kit/core';
import type { VerificationPolicy } from '../policy/policy.js';
import type { VerificationReport } from '../report/types.js';
import type { FetchFunction } from '../revocation/fetch.js';
import type { TrustListJson } from '../trust/trust-list.js';
import type { FromWorker, ToWorker, WorkerVerifyOptions } from './protocol.js';

/** Options for {@link verifyInWorker}. */
export interface WorkerClientOptions {
  readonly trustList?: TrustListJson | string;
  readonly locale?: Locale;
  readonly time?: Date;
  readonly policy?: Partial<VerificationPolicy>;
  /** Revocation data is fetched online only if given; the worker's requests come back here. */
  readonly fetch?: FetchFunction;
  readonly fetchTimeoutMs?: number;
  /** A worker to use (kept alive afterwards). Otherwise one is started and stopped. */
  readonly worker?: Worker;
  /**
   * Where the worker script is, when not beside this module (the package's `dist/worker/worker.js`
   * is one self-contained file, so bundlers copy it as an asset). Under Trusted Types, pass a
   * TrustedScriptURL or a `worker`.
   */
  readonly workerUrl?: string | URL;
}

let nextId = 1;

/**
 * Verifies `bytes` in a Web Worker and resolves with the report. The bytes are copied to the
 * worker, so the caller's buffer stays usable.
 *
 * @example
 * ```ts
 * const report = await verifyInWorker(bytes, { trustList, locale: 'vi' });
 * ```
 */
export function verifyInWorker(bytes: Uint8Array | ArrayBuffer, options: WorkerClientOptions = {}): Promise<VerificationReport> {
  const worker = options.worker ?? new Worker(options.workerUrl ?? new URL('./worker.js', import.meta.url), { type: 'module' });
  const own = options.worker === undefined;
  const id = nextId++;
  const workerOptions: WorkerVerifyOptions = {
    ...(options.trustList !== undefined ? { trustList: options.trustList } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.time ? { time: options.time.toISOString() } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.fetchTimeoutMs ? { fetchTimeoutMs: options.fetchTimeoutMs } : {}),
    ...(options.fetch ? { online: true } : {}),
  };
  return new Promise<VerificationReport>((resolve, reject) => {
    const onMessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'report' || message.type === 'failed') {
        stop();
        if (message.type === 'report') resolve(message.report);
        else reject(new Error(message.message));
      } else if (message.type === 'fetch' && options.fetch) {
        const { request, url, method, headers, body } = message;
        options.fetch(url, { ...(method ? { method } : {}), ...(headers ? { headers } : {}), ...(body ? { body } : {}) })
          .then(async (response) => ({ ok: response.ok, body: new Uint8Array(await response.arrayBuffer()) }), () => ({ ok: false }))
          .then((result) => worker.postMessage({ type: 'fetched', id: request, ...result } satisfies ToWorker));
      }
    };
    const onError = (event: ErrorEvent) => {
      stop();
      reject(new Error(event.message || 'worker failed'));
    };
    const stop = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (own) worker.terminate();
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    const copy = bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes.slice(0));
    worker.postMessage({ type: 'verify', id, bytes: copy, options: workerOptions } satisfies ToWorker, [copy.buffer]);
  });
}

export type { WorkerVerifyOptions } from './protocol.js';
