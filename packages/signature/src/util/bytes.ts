/** Byte helpers shared by the engine. Isomorphic: no Node `Buffer`. */

const HEX = '0123456789abcdef';

/** Lower-case hexadecimal form of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += HEX[b >> 4]! + HEX[b & 15]!;
  }
  return out;
}

/** Parses hexadecimal text (whitespace ignored); `undefined` on any other character or an odd count. */
export function fromHex(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 2 !== 0 || /[^0-9a-fA-F]/.test(clean)) return undefined;
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** True when both arrays hold the same bytes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Joins byte arrays into one new array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads bytes as Latin-1 (one char per byte), for keywords and ASCII structures. */
export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  const stop = Math.min(end, bytes.length);
  for (let i = Math.max(0, start); i < stop; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(stop, i + 8192)));
  }
  return out;
}

/** ASCII text as bytes (characters above 0xff are truncated). */
export function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/**
 * Position of the last occurrence of `needle` that starts before `before`, or -1.
 * Scans backwards from the end, so finding a marker near the end of a large file is cheap.
 */
export function lastIndexOf(haystack: Uint8Array, needle: Uint8Array, before = haystack.length, notBefore = 0): number {
  const first = needle[0];
  if (first === undefined) return -1;
  for (let i = Math.min(before, haystack.length - needle.length); i >= notBefore; i--) {
    i = haystack.lastIndexOf(first, i);
    if (i < notBefore) return -1;
    let match = true;
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        match = false;
        break;
      }
    }
    if (match) return i;
  }
  return -1;
}

/**
 * Finds `needle` in `haystack` at or after `from`, ending before `limit`; -1 when absent. The
 * engine scans whole files with it (revision markers, objects of a file rebuilt by scanning), so
 * a platform may pass a native one (see `nodeSearch` in `@egov-kit/signature/node`).
 */
export type ByteSearch = (haystack: Uint8Array, needle: Uint8Array, from: number, limit: number) => number;

/** Position of the first occurrence of `needle` at or after `from` and before `limit`, or -1. */
export function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0, limit = haystack.length): number {
  const first = needle[0];
  if (first === undefined) return -1;
  const stop = Math.min(limit, haystack.length) - needle.length;
  for (let i = Math.max(0, from); i <= stop; i++) {
    i = haystack.indexOf(first, i);
    if (i < 0 || i > stop) return -1;
    let match = true;
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        match = false;
        break;
      }
    }
    if (match) return i;
  }
  return -1;
}

/** A view of `bytes` as a standalone ArrayBuffer-backed Uint8Array (copies only when it must). */
export function exactBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes as Uint8Array<ArrayBuffer>;
  }
  return bytes.slice() as Uint8Array<ArrayBuffer>;
}
