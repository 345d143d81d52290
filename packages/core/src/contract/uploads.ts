import * as z from 'zod/mini';
import { instantSchema, sha256HexSchema } from './common.js';

/**
 * Uploads follow tus 1.0 (https://tus.io/protocols/resumable-upload): core protocol plus the
 * creation, checksum, expiration and termination extensions. `POST /uploads` creates one
 * (`Upload-Length`, `Upload-Metadata`), `PATCH /uploads/{id}` appends bytes at `Upload-Offset`
 * (`application/offset+octet-stream`, optional `Upload-Checksum`), `HEAD` says where it stands,
 * `DELETE` drops it, `GET` (an addition) describes it as JSON.
 */
export const TUS_VERSION = '1.0.0';

/** The tus extensions the server implements. */
export const tusExtensions = ['creation', 'checksum', 'expiration', 'termination'] as const;

/** `Upload-Checksum` algorithms the server verifies (tus requires sha1). */
export const uploadChecksumAlgorithms = ['sha1', 'sha256'] as const;

/** The media type of a tus `PATCH` body. */
export const TUS_CHUNK_MEDIA_TYPE = 'application/offset+octet-stream';

/**
 * The file types uploads accept, with their usual extensions. The server also checks that the
 * bytes are of that type (a PDF starts with `%PDF-`…).
 */
export const uploadMediaTypes = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
} as const satisfies Record<string, readonly string[]>;

/** A media type uploads accept. */
export type UploadMediaType = keyof typeof uploadMediaTypes;

/** Whether uploads accept `mediaType`. */
export function isUploadMediaType(mediaType: string): mediaType is UploadMediaType {
  return Object.hasOwn(uploadMediaTypes, mediaType);
}

/** The largest file uploads take unless the server is configured otherwise (20 MiB). */
export const UPLOAD_MAX_BYTES_DEFAULT = 20 * 1024 * 1024;

/**
 * The `Upload-Metadata` keys the server reads: `filename` and `filetype` (as tus clients send
 * them; both required) and, optionally, `sha256`: the whole file's SHA-256 in hex, checked when
 * the last byte arrives.
 */
export const uploadMetadataKeys = { name: 'filename', mediaType: 'filetype', sha256: 'sha256' } as const;

/**
 * An upload as `GET /uploads/{id}` describes it: how far it got, and once `complete` the digest
 * of its bytes. Use `id`, `name`, `size` and `mediaType` as an attachment reference in a dossier.
 */
export const uploadSchema = z.object({
  id: z.string(),
  name: z.string(),
  mediaType: z.string(),
  size: z.int().check(z.gte(0)),
  offset: z.int().check(z.gte(0)),
  status: z.enum(['uploading', 'complete']),
  sha256: z.optional(sha256HexSchema),
  createdAt: instantSchema,
  /** When an upload not yet attached to a dossier is deleted. */
  expiresAt: z.optional(instantSchema),
  /** Its URL, relative to the API's origin (the tus `Location`). */
  href: z.string(),
});

/** An upload. */
export type Upload = z.infer<typeof uploadSchema>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function utf8Encode(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

function utf8Decode(bytes: readonly number[]): string | undefined {
  let text = '';
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i]!;
    const extra = first < 0x80 ? 0 : first >= 0xc2 && first < 0xe0 ? 1 : first >= 0xe0 && first < 0xf0 ? 2 : first >= 0xf0 && first < 0xf5 ? 3 : -1;
    if (extra < 0) return undefined;
    let cp = extra === 0 ? first : first & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (next & 63);
    }
    const min = [0, 0x80, 0x800, 0x10000][extra]!;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    text += String.fromCodePoint(cp);
    i += extra + 1;
  }
  return text;
}

/** Base64 (RFC 4648, padded) of a text's UTF-8 bytes. */
export function base64OfText(text: string): string {
  const bytes = utf8Encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!
      + (b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!)
      + (c === undefined ? '=' : ALPHABET[c & 63]!);
  }
  return out;
}

/** The text whose UTF-8 bytes `base64` encodes; `undefined` if it is not padded base64 of UTF-8. */
export function textOfBase64(base64: string): string | undefined {
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < base64.length; i += 4) {
    const quad = [...base64.slice(i, i + 4)].map((ch) => (ch === '=' ? -1 : ALPHABET.indexOf(ch)));
    const [a, b, c, d] = quad as [number, number, number, number];
    if (a < 0 || b < 0 || (c < 0 && d >= 0)) return undefined;
    bytes.push((a << 2) | (b >> 4));
    if (c >= 0) bytes.push(((b & 15) << 4) | (c >> 2));
    if (d >= 0) bytes.push(((c & 3) << 6) | d);
  }
  return utf8Decode(bytes);
}

/** Writes tus `Upload-Metadata`: `key base64(value)` pairs joined by commas. */
export function encodeUploadMetadata(entries: Readonly<Record<string, string>>): string {
  return Object.entries(entries).map(([key, value]) => `${key} ${base64OfText(value)}`).join(',');
}

/**
 * Reads tus `Upload-Metadata`. Returns `undefined` when it is malformed: a key with spaces or
 * commas, a repeated key, a value that is not base64 of UTF-8. A key without a value maps to `''`.
 */
export function parseUploadMetadata(header: string): Record<string, string> | undefined {
  const entries: Record<string, string> = {};
  if (header.trim() === '') return entries;
  for (const pair of header.split(',')) {
    const parts = pair.trim().split(' ');
    const [key, value, ...rest] = parts;
    if (!key || rest.length > 0 || Object.hasOwn(entries, key)) return undefined;
    const decoded = value === undefined ? '' : textOfBase64(value);
    if (decoded === undefined) return undefined;
    entries[key] = decoded;
  }
  return entries;
}
