/**
 * Result documents (signed PDFs) and the trust list the signature viewer checks them against.
 * @module
 */
import { trustListSchema, type IssuedDocument, type TrustList } from './contract.js';
import { dossierPath, presentCredential, type DossierCredential } from './dossier-access.js';
import { InvalidResponseError } from './errors.js';
import type { CallOptions, Transport } from './transport/transport.js';

/**
 * The bytes of a result document of dossier `code` (a PDF signed as PAdES), by its id or as the
 * dossier lists it. Hand them to `@egov-kit/signature` to verify.
 * @throws ProblemError `document-not-found`; InvalidResponseError when the answer is not a PDF.
 */
export async function downloadDocument(
  api: Transport, code: string, document: string | Pick<IssuedDocument, 'id'>, credential: DossierCredential, options: CallOptions = {},
): Promise<Uint8Array> {
  const id = typeof document === 'string' ? document : document.id;
  const response = await api.request<Uint8Array>({
    ...options, ...presentCredential(credential), method: 'GET', path: `${dossierPath(code)}/documents/${encodeURIComponent(id)}`, expect: 'bytes',
  });
  const type = response.headers.get('content-type') ?? '';
  if (api.validateResponses && !type.startsWith('application/pdf')) {
    throw new InvalidResponseError({ method: 'GET', url: response.url }, response.status, 'protocol', `expected application/pdf, got ${type || 'no content type'}`);
  }
  return response.data;
}

/** The trust list of the province's signing certificates, for the signature viewer. */
export async function getTrustList(api: Transport, options: CallOptions = {}): Promise<TrustList> {
  const { data } = await api.request({ ...options, method: 'GET', path: '/trust-list', schema: trustListSchema });
  return data;
}
