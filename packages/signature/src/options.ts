/** Options of {@link verifyPdf}. */
import type { Locale } from '@egov-kit/core';
import type { HasherFactory } from './crypto/digest.js';
import type { ByteSearch } from './util/bytes.js';
import type { ReadLimits } from './pdf/document.js';
import type { VerificationPolicy } from './policy/policy.js';
import type { FetchFunction } from './revocation/fetch.js';
import type { TrustList, TrustListJson } from './trust/trust-list.js';

export interface VerifyOptions {
  /** What to trust: a loaded list, its JSON (parsed or text). Nothing is trusted by default. */
  readonly trustList?: TrustList | TrustListJson | string;
  /** Language of the report's texts: `vi` (default) or `en`. */
  readonly locale?: Locale;
  /** The time to validate at; defaults to now. */
  readonly time?: Date;
  /** Policy overrides; see {@link VerificationPolicy}. */
  readonly policy?: Partial<VerificationPolicy>;
  /**
   * Used to fetch OCSP responses and CRLs from the URLs certificates name, when embedded data does
   * not settle a certificate's status. Without it the engine never reaches the network.
   */
  readonly fetch?: FetchFunction;
  /** Time allowed per online request, in milliseconds (default 5000). */
  readonly fetchTimeoutMs?: number;
  /** Hash implementation; defaults to WebCrypto. Node callers may pass a streaming one (see `@egov-kit/signature/node`). */
  readonly hasher?: HasherFactory;
  /** Resource limits for reading the file. */
  readonly limits?: ReadLimits;
  /**
   * How whole-file scans find byte patterns; defaults to a portable one. Node callers may pass a
   * native one (`nodeSearch` from `@egov-kit/signature/node`, ten times faster on large files).
   */
  readonly search?: ByteSearch;
}
