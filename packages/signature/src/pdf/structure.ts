/** The file's revisions, completed with the boundaries that signatures vouch for. */
import { asciiBytes } from '../util/bytes.js';
import { listRevisions, type PdfFile, type Revision } from './document.js';
import { asArray } from './objects.js';
import type { FoundSignature } from './signatures.js';

const EOF_MARKER = asciiBytes('%%EOF');

function endsWithMarker(bytes: Uint8Array, end: number): number | undefined {
  // Accept `%%EOF`, optionally followed by CR, LF or CRLF, ending exactly at `end`.
  for (const eol of [0, 1, 2]) {
    const markerEnd = end - eol;
    const tail = bytes.subarray(markerEnd, end);
    if (eol === 1 && tail[0] !== 10 && tail[0] !== 13) continue;
    if (eol === 2 && !(tail[0] === 13 && tail[1] === 10)) continue;
    const at = markerEnd - EOF_MARKER.length;
    if (at < 0) continue;
    let match = true;
    for (let i = 0; i < EOF_MARKER.length; i++) if (bytes[at + i] !== EOF_MARKER[i]) match = false;
    if (match) return markerEnd;
  }
  return undefined;
}

const MAX_MARKERS = 4096;

/**
 * Ends of every `%%EOF` marker (with its end-of-line), for files whose cross-reference chain is
 * broken and so does not say where revisions end. Charged to the work budget.
 */
export function scanEofMarkers(file: PdfFile): number[] {
  const ends: number[] = [];
  const bytes = file.bytes;
  let from = 0;
  while (ends.length < MAX_MARKERS && !file.exhausted) {
    const at = file.search(bytes, EOF_MARKER, from, bytes.length);
    file.budget.remaining -= (at < 0 ? bytes.length : at) - from;
    if (at < 0) break;
    let end = at + EOF_MARKER.length;
    if (bytes[end] === 13) end++;
    if (bytes[end] === 10) end++;
    ends.push(end);
    from = at + EOF_MARKER.length;
  }
  return ends;
}

/**
 * The revisions from the cross-reference chain, plus a boundary at each `%%EOF` a signature's
 * byte range ends on and at each of `markerEnds`.
 */
export function revisionsWithSignatureEnds(file: PdfFile, signatures: readonly FoundSignature[], markerEnds: readonly number[] = []): { revisions: Revision[]; problems: string[] } {
  const { revisions, problems } = listRevisions(file.view());
  const ends = new Set(revisions.flatMap((r) => [r.end, r.markerEnd]));
  const extra: { end: number; markerEnd: number }[] = [];
  const candidates: number[] = [...markerEnds];
  for (const signature of signatures) {
    const range = asArray(signature.dict.entries.get('ByteRange'));
    if (!range || range.length !== 4) continue;
    const values = range.map((v) => (v && typeof v === 'object' && v.kind === 'number' ? v.value : NaN));
    candidates.push(values[2]! + values[3]!);
  }
  for (const end of candidates) {
    if (!Number.isSafeInteger(end) || end <= 0 || end > file.bytes.length || ends.has(end)) continue;
    const markerEnd = endsWithMarker(file.bytes, end);
    if (markerEnd === undefined) continue;
    ends.add(end);
    extra.push({ end, markerEnd });
  }
  if (extra.length === 0) return { revisions, problems };
  // Keep the chain's revisions that do not overlap a new boundary's marker.
  const bounds = [...revisions.map((r) => ({ end: r.end, markerEnd: r.markerEnd })), ...extra]
    .sort((a, b) => a.end - b.end)
    .filter((b, i, all) => i === 0 || b.markerEnd > all[i - 1]!.end);
  const merged: Revision[] = [];
  let start = 0;
  for (const bound of bounds) {
    const view = file.view(bound.end);
    merged.push({ index: merged.length, start, end: bound.end, markerEnd: bound.markerEnd, sections: view.chain.slice(0, 1) });
    start = bound.end;
  }
  return { revisions: merged, problems: [...problems, 'structure.prev-invalid'] };
}
