/** Revisions: the original document and each incremental update, by where their `%%EOF` ends. */
import { asciiBytes, indexOf } from '../util/bytes.js';
import type { PdfView } from './document.js';
import { isWhitespace } from './lexer.js';
import type { XrefSection } from './xref.js';

const EOF_MARKER = asciiBytes('%%EOF');
const EOF_SEARCH_WINDOW = 4096;

/** One revision of the file: the original document or one incremental update. */
export interface Revision {
  /** 0 for the original document, then one per incremental update. */
  readonly index: number;
  /** Offset of the revision's first byte. */
  readonly start: number;
  /** Offset just after its `%%EOF` marker and the end-of-line that follows it, if any. */
  readonly end: number;
  /** Offset just after `%%EOF` itself. */
  readonly markerEnd: number;
  /** Its cross-reference sections (more than one in linearized or hybrid files). */
  readonly sections: readonly XrefSection[];
}

/** The file's revisions, oldest first, as the cross-reference chain of the whole file defines them. */
export function listRevisions(view: PdfView): { revisions: Revision[]; problems: string[] } {
  const problems: string[] = [];
  const bytes = view.file.bytes;
  // Group sections: a section whose /Prev points forward belongs to the same revision as the
  // newer one (linearized files keep a first-page section at the start of the file).
  const groups: XrefSection[][] = [];
  for (const section of view.chain) {
    const current = groups.at(-1);
    if (current && section.offset > Math.min(...current.map((s) => s.offset))) current.push(section);
    else groups.push([section]);
  }
  groups.reverse();
  const revisions: Revision[] = [];
  let start = 0;
  for (const sections of groups) {
    const lastEnd = Math.max(...sections.map((s) => s.end));
    const marker = indexOf(bytes, EOF_MARKER, lastEnd, Math.min(view.end, lastEnd + EOF_SEARCH_WINDOW));
    let markerEnd: number;
    let end: number;
    if (marker < 0) {
      problems.push('structure.eof-marker-missing');
      markerEnd = end = lastEnd;
    } else {
      markerEnd = marker + EOF_MARKER.length;
      end = markerEnd;
      if (bytes[end] === 13) end++;
      if (bytes[end] === 10) end++;
    }
    if (end <= start) {
      problems.push('structure.revisions-overlap');
      continue;
    }
    revisions.push({ index: revisions.length, start, end, markerEnd, sections });
    start = end;
  }
  return { revisions, problems };
}

/** True when `bytes[from, to)` holds only whitespace (and NUL padding). */
export function onlyWhitespace(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(bytes[i])) return false;
  return true;
}
