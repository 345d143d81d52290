/** State shared by the checks of one file: caches, the certificate pool, revocation data. */
import type { Locale } from '@egov-kit/core';
import { webCryptoHasher, digestParts, type HasherFactory } from '../crypto/digest.js';
import { KeyCache } from '../crypto/verify.js';
import type { PdfFile } from '../pdf/document.js';
import type { VerificationPolicy } from '../policy/policy.js';
import type { RevocationContext, RevocationData, RevocationOrigin, RevocationSources } from '../revocation/check.js';
import { parseCrl, type Crl } from '../revocation/crl.js';
import type { FetchFunction } from '../revocation/fetch.js';
import { parseOcspResponse, type OcspResponse } from '../revocation/ocsp.js';
import { IssuerCache } from '../trust/chain.js';
import type { TrustList } from '../trust/trust-list.js';
import { toHex } from '../util/bytes.js';
import type { Certificate } from '../x509/certificate.js';
import type { CertificateReport } from '../report/types.js';

/** Where a certificate came from, for the report. */
export type CertificateSource = CertificateReport['source'];

export class VerificationContext implements RevocationContext {
  readonly keys = new KeyCache();
  readonly issuers = new IssuerCache();
  readonly verified = new Map<string, Promise<boolean>>();
  readonly sources: RevocationSources = { crls: [], ocsps: [] };
  /** Certificates that may complete chains, by DER. */
  private readonly pool = new Map<string, Certificate>();
  private readonly origins = new Map<Certificate, CertificateSource>();
  private readonly fingerprints = new Map<Certificate, Promise<string>>();
  private readonly seenRevocation = new Set<string>();
  /** Certificates for which online fetching was already tried. */
  readonly fetched = new Set<Certificate>();

  constructor(
    readonly file: PdfFile,
    readonly trustList: TrustList,
    readonly policy: VerificationPolicy,
    readonly locale: Locale,
    readonly validationTime: Date,
    readonly hasher: HasherFactory = webCryptoHasher,
    readonly fetch: FetchFunction | undefined,
    readonly fetchTimeoutMs: number,
  ) {
    for (const entry of trustList.entries) this.origins.set(entry.certificate, 'trust-list');
  }

  /** Adds certificates to the pool, remembering where the first copy came from. */
  addCertificates(certificates: readonly Certificate[], source: CertificateSource): void {
    for (const cert of certificates) {
      const key = toHex(cert.der);
      if (this.pool.has(key)) continue;
      this.pool.set(key, cert);
      if (!this.origins.has(cert)) this.origins.set(cert, source);
    }
  }

  /** Every certificate seen so far (signatures, DSS, timestamps, OCSP responses). */
  certificates(): Certificate[] {
    return [...this.pool.values()];
  }

  source(cert: Certificate): CertificateSource {
    const own = this.origins.get(cert);
    if (own) return own;
    const same = this.pool.get(toHex(cert.der));
    return (same && this.origins.get(same)) ?? 'signature';
  }

  /** SHA-256 of a certificate, hex (cached). */
  fingerprint(cert: Certificate): Promise<string> {
    let value = this.fingerprints.get(cert);
    if (!value) {
      value = digestParts('SHA-256', [cert.der], this.hasher).then(toHex);
      this.fingerprints.set(cert, value);
    }
    return value;
  }

  /** Adds CRLs and OCSP responses (DER), skipping duplicates and unreadable ones. */
  addRevocationData(crls: readonly Uint8Array[], ocsps: readonly Uint8Array[], origin: RevocationOrigin): void {
    for (const der of crls) {
      const key = `crl:${der.length}:${toHex(der.subarray(-48))}`;
      if (this.seenRevocation.has(key)) continue;
      this.seenRevocation.add(key);
      const crl = parseCrl(der);
      if (crl) this.sources.crls.push({ value: crl, origin });
    }
    for (const der of ocsps) {
      const key = `ocsp:${der.length}:${toHex(der.subarray(-48))}`;
      if (this.seenRevocation.has(key)) continue;
      this.seenRevocation.add(key);
      const response = parseOcspResponse(der);
      if (response) {
        this.sources.ocsps.push({ value: response, origin });
        this.addCertificates(response.certificates, 'revocation-data');
      }
    }
  }

  /** Adds already parsed revocation data (from online fetching). */
  addParsed(crls: readonly Crl[], ocsps: readonly OcspResponse[], origin: RevocationOrigin): void {
    this.sources.crls.push(...crls.map((value): RevocationData<Crl> => ({ value, origin })));
    this.sources.ocsps.push(...ocsps.map((value): RevocationData<OcspResponse> => ({ value, origin })));
  }
}
