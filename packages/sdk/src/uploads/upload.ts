import {
  encodeUploadMetadata, TUS_CHUNK_MEDIA_TYPE, TUS_VERSION, uploadMetadataKeys, uploadSchema,
  type AttachmentReference, type Upload,
} from '../contract.js';
import { base64OfBytes, hexOfBytes, sha256 } from '../environment.js';
import { InvalidResponseError, NetworkError, ProblemError, TimeoutError } from '../errors.js';
import { backoffDelay } from '../transport/retry.js';
import { sleep } from '../transport/signals.js';
import type { CallOptions, Transport } from '../transport/transport.js';
import { memoryResumeStore, type UploadResumeStore } from './resume-store.js';

/** What can be uploaded: a `File` (from an `<input type=file>`), a `Blob`, or bytes. */
export type UploadSource = Blob | Uint8Array | ArrayBuffer;

/** How far an upload got. */
export interface UploadProgress {
  /** Bytes the server has confirmed. */
  uploadedBytes: number;
  totalBytes: number;
  /** `uploadedBytes / totalBytes`, 0–1. */
  fraction: number;
}

/** Options of {@link uploadFile}. */
export interface UploadOptions extends Pick<CallOptions, 'signal' | 'timeoutMs'> {
  /** The file name (default: the `File`'s); required for a `Blob` or bytes. */
  name?: string;
  /** The media type, e.g. `application/pdf` (default: the `Blob`'s `type`); required for bytes. */
  mediaType?: string;
  /**
   * Told after each chunk the server confirms (and once at the start, from where a resumed upload
   * stands). `fetch` reports no progress while a request body is sent, so progress moves one chunk
   * at a time: with the default 1 MiB chunks, about every second on a slow 8 Mbit/s line.
   */
  onProgress?: (progress: UploadProgress) => void;
  /**
   * What identifies this file across tries (default: the server, name, type, size and content
   * digest — or the `File`'s `lastModified` without a digest: `wholeFileChecksum: false`, or Web
   * Crypto missing). An upload under a known key continues from the server's offset instead of
   * starting over. A `Blob` or bytes without a digest has no default key: its upload starts over
   * on each call, since another file of the same name, type and size could not be told apart.
   */
  resumeKey?: string;
  /** Where unfinished uploads are remembered (default: in memory, per transport; see {@link webStorageResumeStore}). */
  resumeStore?: UploadResumeStore;
  /**
   * Bytes per `PATCH` (default 1 MiB). A `PATCH` that times out (a slow uplink) halves it for the
   * rest of the upload, down to 64 KiB.
   */
  chunkSize?: number;
  /** Send each chunk's SHA-256 (`Upload-Checksum`), so the server refuses a chunk damaged on the way (default `true`). */
  checksum?: boolean;
  /** Send the whole file's SHA-256 at creation, checked by the server when the last byte arrives (default `true`). */
  wholeFileChecksum?: boolean;
}

/** The default chunk size: 1 MiB. */
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;

/** The smallest chunk a timed-out `PATCH` halves the chunk size to: 64 KiB. */
const MIN_CHUNK_SIZE = 64 * 1024;

const defaultStores = new WeakMap<Transport, UploadResumeStore>();

const TUS = { 'tus-resumable': TUS_VERSION };

function blobOf(source: UploadSource, mediaType: string | undefined): Blob {
  if (source instanceof Blob) return source;
  const bytes = source instanceof Uint8Array ? source.slice() : new Uint8Array(source.slice(0));
  return new Blob([bytes], mediaType ? { type: mediaType } : {});
}

/** The server's offset of an upload (tus `HEAD`), or `undefined` when it is gone or is another file's. */
async function serverOffset(api: Transport, url: string, size: number, options: UploadOptions): Promise<number | undefined> {
  try {
    const response = await api.request({ method: 'HEAD', url, headers: TUS, expect: 'empty', ...call(options) });
    const offset = Number(response.headers.get('upload-offset'));
    const length = Number(response.headers.get('upload-length'));
    return Number.isInteger(offset) && length === size && offset <= size ? offset : undefined;
  } catch (error) {
    if (error instanceof ProblemError && (error.status === 404 || error.status === 410)) return undefined;
    throw error;
  }
}

function call(options: UploadOptions): CallOptions {
  return { ...(options.signal ? { signal: options.signal } : {}), ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) };
}

/**
 * Whether a chunk took too long: the client's own timeout, or the server's (408, a proxy or a
 * server that stops waiting for a slow body). Either way a smaller chunk may get through.
 */
function chunkTimedOut(error: unknown): boolean {
  return error instanceof TimeoutError || (error instanceof ProblemError && error.status === 408);
}

/** Whether a failed chunk is worth sending again after checking where the server stands. */
function chunkMayBeResent(error: unknown, api: Transport): boolean {
  if (error instanceof NetworkError || chunkTimedOut(error)) return true;
  if (error instanceof ProblemError) {
    return api.retryPolicy.statuses.includes(error.status) || error.is('upload-offset-mismatch') || error.is('upload-checksum-mismatch');
  }
  return false;
}

/**
 * Uploads a file with the tus protocol: creates the upload, sends it in chunks (each with its
 * SHA-256), and after a dropped connection, a timeout, a 503 or a damaged chunk asks the server
 * where it stands (`HEAD`) and continues from there, with backoff. An upload interrupted for good
 * (the tab closed, `signal` aborted) is remembered under its resume key: calling `uploadFile`
 * again with the same file continues it. Returns the finished upload; hand
 * {@link attachmentReferenceOf} of it to a dossier.
 * @throws ProblemError `upload-too-large`, `upload-type-not-allowed` (the bytes are not of the
 * type), `upload-gone`; the last transient error once retries are exhausted, or at once when its
 * `Retry-After` is longer than the retry policy's `maxRetryAfterMs`.
 */
export async function uploadFile(api: Transport, source: UploadSource, options: UploadOptions = {}): Promise<Upload> {
  const blob = blobOf(source, options.mediaType);
  const name = options.name ?? (source as { name?: unknown }).name;
  const mediaType = options.mediaType ?? blob.type;
  if (typeof name !== 'string' || name === '') throw new TypeError('uploadFile: give the file name (options.name)');
  if (mediaType === '') throw new TypeError('uploadFile: give the media type (options.mediaType)');
  const size = blob.size;
  let chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE));
  const store = options.resumeStore ?? defaultStores.get(api) ?? defaultStores.set(api, memoryResumeStore()).get(api)!;
  const digest = options.wholeFileChecksum === false ? undefined : await sha256(await blob.arrayBuffer());
  const lastModified = (source as { lastModified?: unknown }).lastModified;
  // Without a digest or a `lastModified`, name, type and size alone would let another file of the
  // same size continue this one's upload: such an upload is not resumed across calls.
  const identity = digest ? hexOfBytes(digest) : typeof lastModified === 'number' ? String(lastModified) : undefined;
  const key = options.resumeKey ?? (identity === undefined ? undefined : [api.serverUrl.href, name, mediaType, size, identity].join('|'));
  const forget = async () => {
    if (key !== undefined) await store.delete(key);
  };
  const report = (offset: number) => options.onProgress?.({ uploadedBytes: offset, totalBytes: size, fraction: size === 0 ? 1 : offset / size });

  const stored = key === undefined ? undefined : (await store.get(key)) ?? undefined;
  const resumedAt = stored === undefined ? undefined : await serverOffset(api, stored, size, options);
  let url: string;
  let offset: number;
  if (stored !== undefined && resumedAt !== undefined) {
    url = stored;
    offset = resumedAt;
  } else {
    const metadata = { [uploadMetadataKeys.name]: name, [uploadMetadataKeys.mediaType]: mediaType, ...(digest ? { [uploadMetadataKeys.sha256]: hexOfBytes(digest) } : {}) };
    const created = await api.request({
      method: 'POST', path: '/uploads', expect: 'empty', ...call(options),
      headers: { ...TUS, 'upload-length': String(size), 'upload-metadata': encodeUploadMetadata(metadata) },
    });
    const location = created.headers.get('location');
    if (!location) throw new InvalidResponseError({ method: 'POST', url: created.url }, created.status, 'protocol', 'the upload was created without a Location');
    url = new URL(location, api.serverUrl).href;
    offset = 0;
    if (key !== undefined) await store.set(key, url);
  }
  report(offset);

  let failures = 0;
  while (offset < size) {
    const bytes = new Uint8Array(await blob.slice(offset, Math.min(size, offset + chunkSize)).arrayBuffer());
    const checksum = options.checksum === false ? undefined : await sha256(bytes);
    try {
      const response: { status: number; headers: Headers } = await api.request({
        method: 'PATCH', url, body: bytes, expect: 'empty', retry: false, ...call(options),
        headers: {
          ...TUS, 'content-type': TUS_CHUNK_MEDIA_TYPE, 'upload-offset': String(offset),
          ...(checksum ? { 'upload-checksum': `sha256 ${base64OfBytes(checksum)}` } : {}),
        },
      });
      const next = Number(response.headers.get('upload-offset'));
      if (!Number.isInteger(next) || next <= offset || next > size) {
        throw new InvalidResponseError({ method: 'PATCH', url }, response.status, 'protocol', `Upload-Offset ${response.headers.get('upload-offset')} after a chunk sent at ${offset}`);
      }
      offset = next;
      failures = 0;
      report(offset);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      // A server asking to wait longer than the policy allows gets its error passed on, as the transport does.
      const retryAfterMs = error instanceof ProblemError ? error.retryAfterMs : undefined;
      if (!chunkMayBeResent(error, api) || failures >= api.retryPolicy.limit || (retryAfterMs ?? 0) > api.retryPolicy.maxRetryAfterMs) {
        if (error instanceof ProblemError && [404, 410, 413, 415, 460].includes(error.status)) await forget();
        throw error;
      }
      failures += 1;
      // A chunk that cannot be sent within the timeout (a slow uplink) would time out again whole:
      // send smaller ones for the rest of the upload.
      if (chunkTimedOut(error)) chunkSize = Math.max(Math.min(chunkSize, MIN_CHUNK_SIZE), Math.floor(chunkSize / 2));
      await sleep(retryAfterMs ?? backoffDelay(api.retryPolicy, failures - 1), options.signal);
      const resumed = await serverOffset(api, url, size, options);
      if (resumed === undefined) {
        await forget();
        throw error;
      }
      offset = resumed;
      report(offset);
    }
  }
  const { data } = await api.request({ method: 'GET', url, schema: uploadSchema, ...call(options) });
  await forget();
  return data;
}

/** The reference to a finished upload that a dossier's answers (file fields) or a supplement answer carry. */
export function attachmentReferenceOf(upload: Pick<Upload, 'id' | 'name' | 'size' | 'mediaType'>): AttachmentReference {
  return { id: upload.id, name: upload.name, size: upload.size, mediaType: upload.mediaType };
}
