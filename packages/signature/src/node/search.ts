/// <reference types="node" />
/** Native byte search for whole-file scans (`Buffer.indexOf`, about ten times the portable one). */
import type { ByteSearch } from '../util/bytes.js';

/** A {@link ByteSearch} on `Buffer.indexOf`, without copying. */
export const nodeSearch: ByteSearch = (haystack, needle, from, limit) => {
  const end = Math.min(limit, haystack.length);
  if (from >= end) return -1;
  const at = Buffer.from(haystack.buffer, haystack.byteOffset, end).indexOf(needle, Math.max(0, from));
  return at;
};
