/**
 * Cross-reference sections: classic `xref` tables with their trailer, and cross-reference streams.
 * Each section is read once per file and lists where the objects of one revision live.
 */
import { decodeStream } from './filters.js';
import { Lexer, type WorkBudget } from './lexer.js';
import { asArray, asDict, asInteger, asName, type PdfDict, type Quirk } from './objects.js';
import { parseIndirectObject, parseValue } from './parser.js';

/** Where an object lives, as one cross-reference entry says. */
export type XrefEntry =
  | { readonly type: 'free' }
  | { readonly type: 'offset'; readonly offset: number; readonly gen: number }
  | { readonly type: 'compressed'; readonly stream: number; readonly index: number };

/** One cross-reference section and its trailer. */
export interface XrefSection {
  /** Offset of the `xref` keyword or of the cross-reference stream object. */
  readonly offset: number;
  readonly kind: 'table' | 'stream';
  readonly entries: Map<number, XrefEntry>;
  readonly trailer: PdfDict;
  /** Offset just after the trailer dictionary (table) or after the stream's `endobj`. */
  readonly end: number;
  /** Object number of the cross-reference stream itself, when `kind` is `'stream'`. */
  readonly streamObject?: number;
  /** Oddities found while reading, as stable codes (e.g. `xref.entry-malformed`). */
  readonly problems: string[];
  /** The cross-reference stream of a hybrid file (`/XRefStm`), part of its table's revision. */
  readonly hybrid?: boolean;
  /** Where readers may read the trailer (or the stream's dictionary) differently. */
  readonly quirks?: readonly Quirk[];
}

/** Limits for decoding a cross-reference stream. */
export interface XrefReadContext {
  readonly file: Uint8Array;
  readonly budget: WorkBudget;
  /** Bytes the reader may still decompress; decoding charges it. */
  decodeAllowance: { remaining: number };
}

/** Reads the section at `offset`, or `undefined` when neither a table nor a stream is there. */
export function readXrefSection(context: XrefReadContext, offset: number, limit: number): XrefSection | undefined {
  const { file, budget } = context;
  if (!(offset >= 0 && offset < limit)) return undefined;
  const lexer = new Lexer(file, offset, limit, budget);
  const first = lexer.next();
  if (first.type === 'keyword' && first.value === 'xref') return readTable(lexer, offset);
  if (first.type === 'number') return readStreamSection(context, offset, limit);
  return undefined;
}

function readTable(lexer: Lexer, offset: number): XrefSection | undefined {
  const entries = new Map<number, XrefEntry>();
  const problems: string[] = [];
  for (;;) {
    const saved = lexer.pos;
    const head = lexer.next();
    if (head.type === 'keyword' && head.value === 'trailer') break;
    const countToken = lexer.next();
    if (head.type !== 'number' || !head.integer || countToken.type !== 'number' || !countToken.integer || head.value < 0 || countToken.value < 0) {
      lexer.pos = saved;
      problems.push('xref.table-malformed');
      // Tolerate junk before `trailer` by looking for the keyword a little further on.
      if (!skipToTrailer(lexer)) return undefined;
      break;
    }
    for (let i = 0; i < countToken.value; i++) {
      const entryStart = lexer.pos;
      const a = lexer.next();
      const b = lexer.next();
      const c = lexer.next();
      if (a.type !== 'number' || b.type !== 'number' || c.type !== 'keyword' || (c.value !== 'n' && c.value !== 'f')) {
        lexer.pos = entryStart;
        problems.push('xref.entry-malformed');
        break;
      }
      const num = head.value + i;
      const entry: XrefEntry = c.value === 'n' ? { type: 'offset', offset: a.value, gen: b.value } : { type: 'free' };
      if (entries.has(num)) {
        if (!sameEntry(entries.get(num)!, entry)) lexer.quirks.add('duplicate-object');
        continue;
      }
      entries.set(num, entry);
    }
  }
  const trailerValue = parseValue(lexer);
  const trailer = asDict(trailerValue);
  if (!trailer) return undefined;
  return { offset, kind: 'table', entries, trailer, end: lexer.pos, problems, ...(lexer.quirks.size > 0 ? { quirks: [...lexer.quirks] } : {}) };
}

function skipToTrailer(lexer: Lexer): boolean {
  for (let i = 0; i < 100_000; i++) {
    const token = lexer.next();
    if (token.type === 'eof') return false;
    if (token.type === 'keyword' && token.value === 'trailer') return true;
  }
  return false;
}

function readStreamSection(context: XrefReadContext, offset: number, limit: number): XrefSection | undefined {
  const object = parseIndirectObject(context.file, offset, context.budget, undefined, limit);
  if (!object || object.value === null || typeof object.value !== 'object' || object.value.kind !== 'stream') return undefined;
  const stream = object.value;
  if (asName(stream.dict.entries.get('Type')) !== 'XRef') return undefined;
  const problems: string[] = object.wellFormed ? [] : ['xref.stream-malformed'];
  const quirks = new Set<Quirk>(object.quirks);
  const decoded = decodeStream(context.file, stream, Math.max(0, context.decodeAllowance.remaining));
  if (!decoded) return undefined;
  context.decodeAllowance.remaining -= decoded.bytes.length;
  if (!decoded.complete) problems.push('xref.stream-damaged');
  const widths = (asArray(stream.dict.entries.get('W')) ?? []).map((w) => asInteger(w) ?? -1);
  const [w1, w2, w3] = widths;
  if (widths.length !== 3 || w1 === undefined || w2 === undefined || w3 === undefined || widths.some((w) => w < 0 || w > 8)) {
    return undefined;
  }
  const rowLength = w1 + w2 + w3;
  const size = asInteger(stream.dict.entries.get('Size')) ?? 0;
  const indexArray = (asArray(stream.dict.entries.get('Index')) ?? [{ kind: 'number', value: 0, integer: true }, { kind: 'number', value: size, integer: true }]).map((v) => asInteger(v) ?? -1);
  const entries = new Map<number, XrefEntry>();
  const data = decoded.bytes;
  let at = 0;
  for (let k = 0; k + 1 < indexArray.length; k += 2) {
    const start = indexArray[k]!;
    const count = indexArray[k + 1]!;
    if (start < 0 || count < 0) {
      problems.push('xref.index-malformed');
      break;
    }
    for (let i = 0; i < count && rowLength > 0 && at + rowLength <= data.length; i++, at += rowLength) {
      const type = w1 === 0 ? 1 : readField(data, at, w1);
      const f2 = readField(data, at + w1, w2);
      const f3 = readField(data, at + w1 + w2, w3);
      const num = start + i;
      const entry: XrefEntry | undefined = type === 0 ? { type: 'free' } : type === 1 ? { type: 'offset', offset: f2, gen: f3 }
        : type === 2 ? { type: 'compressed', stream: f2, index: f3 } : undefined;
      if (!entry) continue;
      if (entries.has(num)) {
        if (!sameEntry(entries.get(num)!, entry)) quirks.add('duplicate-object');
        continue;
      }
      entries.set(num, entry);
    }
  }
  return { offset, kind: 'stream', entries, trailer: stream.dict, end: object.end, streamObject: object.num, problems, ...(quirks.size > 0 ? { quirks: [...quirks] } : {}) };
}

/** True when two cross-reference entries say the same thing. */
export function sameEntry(a: XrefEntry, b: XrefEntry): boolean {
  if (a.type === 'offset' && b.type === 'offset') return a.offset === b.offset && a.gen === b.gen;
  if (a.type === 'compressed' && b.type === 'compressed') return a.stream === b.stream && a.index === b.index;
  return a.type === b.type;
}

function readField(data: Uint8Array, at: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 256 + data[at + i]!;
  return value;
}
