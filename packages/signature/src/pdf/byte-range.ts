/**
 * Where a signature's `/ByteRange` points, checked against the file: it must start at 0, leave out
 * exactly this signature's `/Contents` hexadecimal string and nothing else, and end where a
 * revision ends. Anything else is how universal-forgery and wrapping attacks start.
 */
import { onlyWhitespace, type Revision } from './document.js';
import { asArray, asString, type PdfValue } from './objects.js';
import type { FoundSignature } from './signatures.js';

/** How much of the file a signature covers (pyHanko's coverage levels). */
export type CoverageLevel = 'entire-file' | 'entire-revision' | 'unclear';

/** What the byte range covers, and what is wrong with it. */
export interface ByteRangeCheck {
  readonly byteRange?: readonly number[];
  /** Signed bytes as two ranges `[start, end)`. */
  readonly ranges?: readonly [readonly [number, number], readonly [number, number]];
  /** The decoded `/Contents` (the CMS object, usually zero-padded). */
  readonly contents?: Uint8Array;
  /** Offset where the signed bytes end. */
  readonly signedEnd?: number;
  /** The revision the signature completes (index into the revision list). */
  readonly revision?: number;
  readonly level: CoverageLevel;
  readonly coversWholeFile: boolean;
  /** Stable codes: `byte-range.missing`, `contents.not-hex`… Any of them fails the signature. */
  readonly problems: readonly string[];
}

function integers(value: PdfValue | undefined): number[] | undefined {
  const items = asArray(value);
  if (!items) return undefined;
  const out: number[] = [];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || item.kind !== 'number' || !item.integer) return undefined;
    out.push(item.value);
  }
  return out;
}

/** Checks `signature`'s byte range in `bytes` against the file's `revisions`. */
export function checkByteRange(bytes: Uint8Array, signature: FoundSignature, revisions: readonly Revision[]): ByteRangeCheck {
  const problems: string[] = [];
  const rawRange = signature.dict.entries.get('ByteRange');
  const rawContents = signature.dict.entries.get('Contents');
  const contentsString = asString(rawContents);
  const contents = contentsString?.bytes;

  if (rawContents === undefined || rawContents === null) problems.push('contents.missing');
  else if (!contentsString) problems.push('contents.not-a-string');
  else if (!contentsString.hex || !contentsString.wellFormed) problems.push('contents.not-hex');
  else if (contentsString.bytes.length === 0 || contentsString.bytes.every((b) => b === 0)) problems.push('contents.empty');

  if (signature.location?.type !== 'file') problems.push('signature.not-in-file-body');
  if (signature.dict.duplicates?.some((k) => k === 'ByteRange' || k === 'Contents' || k === 'SubFilter' || k === 'Type')) problems.push('signature.duplicate-keys');

  const byteRange = integers(rawRange);
  const base = { ...(contents ? { contents } : {}), coversWholeFile: false, level: 'unclear' as CoverageLevel };
  if (rawRange === undefined || rawRange === null) return { ...base, problems: [...problems, 'byte-range.missing'] };
  if (!byteRange) return { ...base, problems: [...problems, 'byte-range.malformed'] };
  if (byteRange.length !== 4) return { ...base, byteRange, problems: [...problems, 'byte-range.malformed'] };
  const [start1, length1, start2, length2] = byteRange as [number, number, number, number];
  if (start1 !== 0) problems.push('byte-range.not-from-start');
  if (length1 <= 0 || length2 < 0 || start2 < 0) problems.push('byte-range.malformed');
  else if (start2 < start1 + length1) problems.push('byte-range.overlap');
  const signedEnd = start2 + length2;
  if (signedEnd > bytes.length) problems.push('byte-range.beyond-file');
  if (problems.some((p) => p.startsWith('byte-range.'))) return { ...base, byteRange, problems };

  // The gap must be exactly this signature's /Contents string, as read from the file.
  if (contentsString && signature.location?.type === 'file') {
    if (contentsString.start !== length1 || contentsString.end !== start2) problems.push('byte-range.gap-not-contents');
    if (signature.location.offset > start2 || signature.location.end > signedEnd) problems.push('byte-range.dictionary-not-covered');
  }

  let revision: number | undefined;
  for (const r of revisions) {
    if (r.end === signedEnd || r.markerEnd === signedEnd) revision = r.index;
  }
  if (revision === undefined) {
    problems.push('byte-range.not-revision-end');
  } else if (signature.location?.type === 'file') {
    const r = revisions[revision]!;
    if (signature.location.offset < r.start) problems.push('byte-range.revision-mismatch');
  }
  const coversWholeFile = onlyWhitespace(bytes, signedEnd, bytes.length);
  const level: CoverageLevel = problems.length > 0 ? 'unclear' : coversWholeFile ? 'entire-file' : 'entire-revision';
  return {
    byteRange,
    ranges: [[0, length1], [start2, signedEnd]],
    ...(contents ? { contents } : {}),
    signedEnd,
    ...(revision !== undefined ? { revision } : {}),
    level,
    coversWholeFile,
    problems,
  };
}
