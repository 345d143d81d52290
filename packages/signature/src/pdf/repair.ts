/** Repair: locating objects by scanning, for files whose cross-reference chain is unusable. */
import { asciiBytes, lastIndexOf } from '../util/bytes.js';
import type { PdfFile } from './document.js';
import { Lexer, isWhitespace } from './lexer.js';
import { asDict, asName, type PdfDict, type PdfValue } from './objects.js';
import { parseValue } from './parser.js';
import type { XrefEntry } from './xref.js';

const TRAILER = asciiBytes('trailer');

/**
 * Finds `n g obj` headers by scanning, for files whose cross-reference chain is unusable. The last
 * definition of a number wins, as repairing viewers do. Charged to the work budget.
 */
export function scanObjects(file: PdfFile, end: number): { entries: Map<number, XrefEntry>; trailer?: PdfDict } {
  const bytes = file.bytes;
  const entries = new Map<number, XrefEntry>();
  const OBJ = asciiBytes('obj');
  let from = 0;
  while (from < end && file.budget.remaining >= 0) {
    const at = file.search(bytes, OBJ, from, end);
    file.budget.remaining -= (at < 0 ? end : at) - from + 1;
    if (at < 0) break;
    from = at + 3;
    const header = objectHeaderBefore(bytes, at);
    if (header) entries.set(header.num, { type: 'offset', offset: header.start, gen: header.gen });
  }
  let trailer: PdfDict | undefined;
  const t = lastIndexOf(bytes, TRAILER, end - TRAILER.length, 0);
  if (t >= 0) trailer = asDict(parseValue(new Lexer(bytes, t + TRAILER.length, end, file.budget)));
  if (!trailer?.entries.get('Root')) {
    for (const [num, entry] of entries) {
      if (entry.type !== 'offset') continue;
      const dict = asDict(file.objectAt(entry.offset)?.value ?? undefined);
      if (asName(dict?.entries.get('Type')) === 'Catalog') {
        const fake: PdfDict = { kind: 'dict', entries: new Map<string, PdfValue>([['Root', { kind: 'ref', num, gen: entry.gen }]]), start: -1, end: -1 };
        trailer = fake;
      }
    }
  }
  return trailer ? { entries, trailer } : { entries };
}

function objectHeaderBefore(bytes: Uint8Array, objAt: number): { num: number; gen: number; start: number } | undefined {
  if (objAt + 3 < bytes.length && !isWhitespace(bytes[objAt + 3]) && bytes[objAt + 3] !== 60 && bytes[objAt + 3] !== 91 && bytes[objAt + 3] !== 47) return undefined;
  let p = objAt - 1;
  if (!isWhitespace(bytes[p])) return undefined;
  while (p >= 0 && isWhitespace(bytes[p])) p--;
  const genEnd = p + 1;
  while (p >= 0 && bytes[p]! >= 48 && bytes[p]! <= 57 && genEnd - p < 7) p--;
  const genStart = p + 1;
  if (genStart === genEnd || !isWhitespace(bytes[p])) return undefined;
  while (p >= 0 && isWhitespace(bytes[p])) p--;
  const numEnd = p + 1;
  while (p >= 0 && bytes[p]! >= 48 && bytes[p]! <= 57 && numEnd - p < 12) p--;
  const numStart = p + 1;
  if (numStart === numEnd) return undefined;
  if (p >= 0 && !isWhitespace(bytes[p]) && bytes[p] !== 62 && bytes[p] !== 93 && bytes[p] !== 41) return undefined;
  const text = (s: number, e: number) => String.fromCharCode(...bytes.subarray(s, e));
  return { num: Number(text(numStart, numEnd)), gen: Number(text(genStart, genEnd)), start: numStart };
}

