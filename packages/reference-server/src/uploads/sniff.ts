import type { UploadMediaType } from '../contract.js';

const SIGNATURES: Record<UploadMediaType, readonly (readonly number[])[]> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  // A .docx is a ZIP package.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [[0x50, 0x4b, 0x03, 0x04]],
};

/** Whether the file's first bytes are those of `mediaType` (its magic number). */
export function contentMatchesType(head: Uint8Array, mediaType: UploadMediaType): boolean {
  return SIGNATURES[mediaType].some((signature) => signature.every((byte, index) => head[index] === byte));
}
