/** Messages between {@link verifyInWorker} and the worker script. */
import type { Locale } from '@egov-kit/core';
import type { VerificationPolicy } from '../policy/policy.js';
import type { VerificationReport } from '../report/types.js';
import type { TrustListJson } from '../trust/trust-list.js';

/** Options that can cross into a worker (no functions, no class instances). */
export interface WorkerVerifyOptions {
  readonly trustList?: TrustListJson | string;
  readonly locale?: Locale;
  /** ISO 8601. */
  readonly time?: string;
  readonly policy?: Partial<VerificationPolicy>;
  /** When true, the worker asks the page to fetch revocation data (through the caller's fetch). */
  readonly online?: boolean;
  readonly fetchTimeoutMs?: number;
}

export type ToWorker =
  | { readonly type: 'verify'; readonly id: number; readonly bytes: Uint8Array; readonly options: WorkerVerifyOptions }
  | { readonly type: 'fetched'; readonly id: number; readonly ok: boolean; readonly body?: Uint8Array };

export type FromWorker =
  | { readonly type: 'report'; readonly id: number; readonly report: VerificationReport }
  /** verifyPdf threw (a bad trust list, an engine fault): the caller's promise rejects with this message. */
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'fetch'; readonly id: number; readonly request: number; readonly url: string; readonly method?: string; readonly headers?: Record<string, string>; readonly body?: Uint8Array };
