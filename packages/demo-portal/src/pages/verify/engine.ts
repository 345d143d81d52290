/**
 * The signature engine in a Web Worker (`@egov-kit/signature`'s `verifyInWorker`), checking against
 * the server's trust list. The worker script is this origin's own file, handed to the Worker
 * through the portal's Trusted Types policy.
 */
import type { Locale } from '@egov-kit/core';
import type { TrustList } from '@egov-kit/sdk';
import type { VerificationReport } from '@egov-kit/signature';
import { getTrustList } from '@egov-kit/sdk/documents';
import { verifyInWorker } from '@egov-kit/signature/worker-client';
import workerUrl from '@egov-kit/signature/worker?worker&url';
import { api } from '../../api.js';
import { trustedScriptUrl } from '../../trusted-types.js';

let trustList: Promise<TrustList> | undefined;
let worker: Worker | undefined;

/** The server's trust list, as served: the engine reads it directly (it says it is a demo list). */
export function serverTrustList(): Promise<TrustList> {
  trustList ??= getTrustList(api).catch((error: unknown) => {
    trustList = undefined;
    throw error;
  });
  return trustList;
}

/** Verifies a PDF's signatures off the main thread; the report's texts are in `locale`. */
export async function verifySignatures(bytes: Uint8Array, locale: Locale): Promise<VerificationReport> {
  const list = await serverTrustList();
  worker ??= new Worker(trustedScriptUrl(workerUrl) as string, { type: 'module' });
  return verifyInWorker(bytes, { trustList: list, locale, worker });
}
