/**
 * The signature engine, loaded only when a document is verified, running in its own Web Worker
 * (kept for the next document), so the page's main thread never waits for it.
 */
import type { Locale } from '@egov-kit/core';
import type { TrustListJson, VerificationPolicy, VerificationReport } from '@egov-kit/signature';
import { TrustedWorker as Worker } from './trusted-worker.js';

/** What a verification takes. */
export interface VerifyDocumentOptions {
  readonly locale: Locale;
  readonly trustList?: TrustListJson | string;
  readonly policy?: Partial<VerificationPolicy>;
  readonly time?: Date;
}

let worker: Worker | undefined;

function engineWorker(): Worker {
  worker ??= new Worker(new URL('./engine.worker.js', import.meta.url), { type: 'module' });
  return worker;
}

/** Verifies `bytes` (copied to the worker; the caller keeps its buffer) against `trustList`. */
export async function verifyDocument(bytes: Uint8Array, options: VerifyDocumentOptions): Promise<VerificationReport> {
  const { verifyInWorker } = await import('@egov-kit/signature/worker-client');
  try {
    return await verifyInWorker(bytes, { ...options, worker: engineWorker() });
  } catch (error) {
    // A worker that failed is not reused.
    worker?.terminate();
    worker = undefined;
    throw error;
  }
}
