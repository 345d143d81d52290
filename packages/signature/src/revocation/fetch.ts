/**
 * Online revocation fetching. The engine never reaches the network by itself: it calls the fetch
 * function the caller passes, and only for the URLs certificates name (OCSP responders and CRL
 * distribution points over HTTP).
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { digestParts, type HasherFactory } from '../crypto/digest.js';
import { OID } from '../crypto/oids.js';
import type { Certificate } from '../x509/certificate.js';
import { issuerKeyBits, issuerNameDer } from './check.js';
import { parseCrl, type Crl } from './crl.js';
import { parseOcspResponse, type OcspResponse } from './ocsp.js';

/** The subset of `fetch` the engine uses. */
export type FetchFunction = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: Uint8Array; signal?: AbortSignal }) => Promise<{ ok: boolean; arrayBuffer(): Promise<ArrayBuffer> }>;

const MAX_RESPONSE = 32 << 20;

async function fetchBytes(fetch: FetchFunction, url: string, init: Parameters<FetchFunction>[1], timeoutMs: number): Promise<Uint8Array | undefined> {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = setTimeout(() => controller?.abort(), timeoutMs);
  try {
    const response = await fetch(url, { ...init, ...(controller ? { signal: controller.signal } : {}) });
    if (!response.ok) return undefined;
    const buffer = await response.arrayBuffer();
    return buffer.byteLength > MAX_RESPONSE ? undefined : new Uint8Array(buffer);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** Builds a DER OCSP request for `cert` (SHA-1 CertID, as responders expect). */
export async function buildOcspRequest(cert: Certificate, issuer: Certificate, hasher: HasherFactory): Promise<Uint8Array> {
  const certId = new pkijs.CertID({
    hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha1, algorithmParams: new asn1js.Null() }),
    issuerNameHash: new asn1js.OctetString({ valueHex: await digestParts('SHA-1', [issuerNameDer(cert)], hasher) }),
    issuerKeyHash: new asn1js.OctetString({ valueHex: await digestParts('SHA-1', [issuerKeyBits(issuer)], hasher) }),
    serialNumber: cert.pkijs.serialNumber,
  });
  const request = new pkijs.OCSPRequest({ tbsRequest: new pkijs.TBSRequest({ requestList: [new pkijs.Request({ reqCert: certId })] }) });
  return new Uint8Array(request.toSchema(true).toBER());
}

/** Fetches an OCSP response for `cert` from the responders it names. */
export async function fetchOcsp(fetch: FetchFunction, cert: Certificate, issuer: Certificate, hasher: HasherFactory, timeoutMs: number): Promise<OcspResponse | undefined> {
  let body: Uint8Array;
  try {
    body = await buildOcspRequest(cert, issuer, hasher);
  } catch {
    return undefined;
  }
  for (const url of cert.ocspUrls.slice(0, 3)) {
    const bytes = await fetchBytes(fetch, url, { method: 'POST', headers: { 'content-type': 'application/ocsp-request' }, body }, timeoutMs);
    const response = bytes && parseOcspResponse(bytes);
    if (response) return response;
  }
  return undefined;
}

/** Fetches the CRLs `cert` names. */
export async function fetchCrls(fetch: FetchFunction, cert: Certificate, timeoutMs: number): Promise<Crl[]> {
  const crls: Crl[] = [];
  for (const url of cert.crlUrls.slice(0, 3)) {
    const bytes = await fetchBytes(fetch, url, { method: 'GET' }, timeoutMs);
    const crl = bytes && parseCrl(bytes);
    if (crl) crls.push(crl);
  }
  return crls;
}
