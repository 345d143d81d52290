/**
 * Reads the bytes of one incremental update in order, as a strict reader would. Every byte must
 * belong to an object that the revision's cross-reference data lists at that offset, to its
 * cross-reference section and trailer, to `startxref`, or be whitespace or a comment. Anything
 * else is where readers part ways: a repairing reader scans the file and takes the last
 * `n g obj` it meets, a strict one only what the table lists.
 */
import type { PdfFile, Revision } from './document.js';
import { Lexer } from './lexer.js';
import { asInteger } from './objects.js';

/** What a revision's bytes hold beyond what its cross-reference data says. */
export interface RevisionBody {
  /** Objects found in the revision that its cross-reference data does not list where they are. */
  readonly unlisted: readonly number[];
  /** Object numbers the revision defines more than once. */
  readonly redefined: readonly number[];
  /** Offset of the first bytes that are neither an object, the cross-reference data, nor whitespace or a comment. */
  readonly strayAt?: number;
}

const MAX_OBJECTS = 1_000_000;

/** Walks `revision` (an incremental update) object by object. Charged to the file's work budget. */
export function readRevisionBody(file: PdfFile, revision: Revision): RevisionBody {
  const view = file.view(revision.end);
  const listedAt = new Map<number, number>();
  const compressedIn = new Map<number, number>();
  const tables = new Map<number, number>();
  const streams = new Set<number>();
  for (const section of revision.sections) {
    if (section.kind === 'table') tables.set(section.offset, section.end);
    else streams.add(section.offset);
    const stm = asInteger(section.trailer.entries.get('XRefStm'));
    if (stm !== undefined) streams.add(stm);
    for (const [num, entry] of section.entries) {
      if (entry.type === 'offset') listedAt.set(entry.offset, num);
      else if (entry.type === 'compressed') compressedIn.set(num, entry.stream);
    }
  }
  const unlisted: number[] = [];
  const redefined: number[] = [];
  const seen = new Set<number>();
  const lexer = new Lexer(file.bytes, revision.start, revision.markerEnd, file.budget);
  for (let count = 0; count < MAX_OBJECTS && !file.exhausted; count++) {
    lexer.skipSpace();
    const at = lexer.pos;
    if (at >= revision.markerEnd) break;
    const tableEnd = tables.get(at);
    if (tableEnd !== undefined) {
      lexer.pos = tableEnd;
      continue;
    }
    const token = lexer.peek();
    if (token.type === 'keyword' && token.value === 'startxref') {
      lexer.next();
      if (lexer.next().type !== 'number') return { unlisted, redefined, strayAt: at };
      continue;
    }
    const object = file.objectAt(at, view);
    if (!object || object.end <= at) return { unlisted, redefined, strayAt: at };
    if (seen.has(object.num)) redefined.push(object.num);
    seen.add(object.num);
    if (listedAt.get(at) !== object.num && !streams.has(at)) unlisted.push(object.num);
    const members = listedAt.get(at) === object.num ? file.objectStreamAt(at, view)?.numbers ?? [] : [];
    for (const member of members) if (compressedIn.get(member) !== object.num) unlisted.push(member);
    lexer.pos = object.end;
  }
  return { unlisted, redefined };
}
