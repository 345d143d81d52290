/**
 * The signature engine in a Web Worker (`@egov-kit/signature`'s `verifyInWorker`), checking against
 * the server's trust list. The worker script is this origin's own file, handed to the Worker
 * through the portal's Trusted Types policy.
 */
import type { Locale } from '@egov-kit/core';
import type { TrustListJson, VerificationReport } from '@egov-kit/signature';
import { getTrustList } from '@egov-kit/sdk/documents';
import { verifyInWorker } from '@egov-kit/signature/worker-client';
import workerUrl from '@egov-kit/signature/worker?worker&url';
import { api } from '../../api.js';
import { trustedScriptUrl } from '../../trusted-types.js';
import { DEMO_TRUST } from './demo-trust.js';

let trustList: Promise<TrustListJson> | undefined;
let worker: Worker | undefined;

/**
 * The server's trust list (core's contract: certificates as PEM) in the engine's format. The
 * reference server's list is the demo PKI's, so it is marked as a demonstration list: every report
 * then says the result has no legal value.
 */
export function serverTrustList(): Promise<TrustListJson> {
  trustList ??= getTrustList(api).then((list) => ({
    format: 'egov-kit-trust-list', version: 1, name: list.name, issued: list.issued, demo: DEMO_TRUST.demo,
    certificates: list.certificates.map((entry) => ({
      name: entry.name, role: entry.role, sha256: entry.sha256, certificate: entry.pem, ...(entry.notes ? { notes: entry.notes } : {}),
    })),
  }), (error: unknown) => {
    trustList = undefined;
    throw error;
  });
  return trustList;
}

/** Verifies a PDF's signatures off the main thread; the report's texts are in `locale`. */
export async function verifySignatures(bytes: Uint8Array, locale: Locale): Promise<VerificationReport> {
  const list = await serverTrustList();
  worker ??= new Worker(trustedScriptUrl(workerUrl) as string, { type: 'module' });
  return verifyInWorker(bytes, { trustList: list, locale, worker, policy: DEMO_TRUST.policy });
}
