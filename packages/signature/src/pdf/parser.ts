/**
 * Reads PDF values and indirect objects from tokens. Tolerant like the lexer: it never throws and
 * bounds nesting, so a hostile file yields `null`s rather than a crash or a deep recursion.
 */
import { indexOf } from '../util/bytes.js';
import { Lexer, isWhitespace, type Token, type WorkBudget } from './lexer.js';
import { canonical, type PdfDict, type PdfValue, type Quirk } from './objects.js';

const MAX_DEPTH = 64;
const STRUCTURAL = new Set(['endobj', 'stream', 'endstream', 'obj', 'xref', 'trailer', 'startxref']);
const ENDSTREAM = new Uint8Array([101, 110, 100, 115, 116, 114, 101, 97, 109]);

/** Parses one value at the lexer's position. */
export function parseValue(lexer: Lexer, depth = 0): PdfValue {
  const token = lexer.next();
  return valueFromToken(lexer, token, depth);
}

function valueFromToken(lexer: Lexer, token: Token, depth: number): PdfValue {
  switch (token.type) {
    case 'number':
      if (token.integer && token.value >= 0) {
        const saved = lexer.pos;
        const gen = lexer.next();
        if (gen.type === 'number' && gen.integer && gen.value >= 0) {
          const r = lexer.next();
          if (r.type === 'keyword' && r.value === 'R') return { kind: 'ref', num: token.value, gen: gen.value };
        }
        lexer.pos = saved;
      }
      return { kind: 'number', value: token.value, integer: token.integer };
    case 'name':
      return { kind: 'name', value: token.value };
    case 'string':
      return token.value;
    case 'open-array':
      return depth >= MAX_DEPTH ? null : parseArray(lexer, depth + 1);
    case 'open-dict':
      return depth >= MAX_DEPTH ? null : parseDict(lexer, depth + 1, token.start);
    case 'keyword':
      if (token.value === 'true') return true;
      if (token.value === 'false') return false;
      return null;
    default:
      return null;
  }
}

function parseArray(lexer: Lexer, depth: number): PdfValue {
  const items: PdfValue[] = [];
  for (;;) {
    const saved = lexer.pos;
    const token = lexer.next();
    if (token.type === 'close-array' || token.type === 'eof') break;
    if (token.type === 'close-dict' || (token.type === 'keyword' && STRUCTURAL.has(token.value))) {
      lexer.pos = saved;
      break;
    }
    items.push(valueFromToken(lexer, token, depth));
  }
  return { kind: 'array', items };
}

function parseDict(lexer: Lexer, depth: number, start: number): PdfDict {
  const entries = new Map<string, PdfValue>();
  const duplicates: string[] = [];
  for (;;) {
    const saved = lexer.pos;
    const token = lexer.next();
    if (token.type === 'close-dict' || token.type === 'eof') break;
    if (token.type === 'close-array' || (token.type === 'keyword' && STRUCTURAL.has(token.value))) {
      lexer.pos = saved;
      break;
    }
    if (token.type !== 'name') {
      lexer.quirks.add('junk');
      continue;
    }
    const valueStart = lexer.pos;
    const next = lexer.next();
    if (next.type === 'close-dict' || next.type === 'eof') {
      if (!entries.has(token.value)) entries.set(token.value, null);
      if (next.type === 'eof') break;
      lexer.pos = valueStart;
      continue;
    }
    const value = valueFromToken(lexer, next, depth);
    if (entries.has(token.value)) {
      duplicates.push(token.value);
      if (canonical(entries.get(token.value)) !== canonical(value)) lexer.quirks.add('duplicate-keys');
    }
    entries.set(token.value, value);
  }
  return duplicates.length > 0 ? { kind: 'dict', entries, start, end: lexer.pos, duplicates } : { kind: 'dict', entries, start, end: lexer.pos };
}

/** An indirect object as found at a file offset. */
export interface ParsedObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Offset of the object number. */
  start: number;
  /** Offset just after `endobj` (or where parsing stopped). */
  end: number;
  /** False when `endobj` was missing or something else was off. */
  wellFormed: boolean;
  /** Where readers may read this object differently (absent when nothing). */
  quirks?: readonly Quirk[];
}

/** Resolves a `/Length` given as an indirect reference; `undefined` when it cannot. */
export type LengthResolver = (num: number, gen: number) => number | undefined;

/**
 * Parses `num gen obj … endobj` at `offset`. Streams get their data extent from `/Length` when it
 * is consistent with an `endstream` right after, else from the next `endstream` keyword.
 */
export function parseIndirectObject(
  data: Uint8Array,
  offset: number,
  budget: WorkBudget,
  resolveLength?: LengthResolver,
  limit = data.length,
): ParsedObject | undefined {
  if (!(offset >= 0 && offset < limit)) return undefined;
  const lexer = new Lexer(data, offset, limit, budget);
  const numToken = lexer.next();
  const genToken = lexer.next();
  const objToken = lexer.next();
  if (numToken.type !== 'number' || !numToken.integer || genToken.type !== 'number' || !genToken.integer) return undefined;
  if (objToken.type !== 'keyword' || objToken.value !== 'obj') return undefined;
  const parsed = (value: PdfValue, end: number, wellFormed: boolean): ParsedObject => {
    if (!wellFormed) lexer.quirks.add('unterminated');
    const result: ParsedObject = { num: numToken.value, gen: genToken.value, value, start: offset, end, wellFormed };
    if (lexer.quirks.size > 0) result.quirks = [...lexer.quirks];
    return result;
  };
  let value = parseValue(lexer);
  const afterValue = lexer.pos;
  const next = lexer.next();
  if (next.type === 'keyword' && next.value === 'stream' && value !== null && typeof value === 'object' && value.kind === 'dict') {
    const dataStart = streamDataStart(data, lexer.pos, limit, lexer.quirks);
    const dataEnd = findStreamEnd(data, dataStart, limit, value, budget, resolveLength, lexer.quirks);
    if (dataEnd === undefined) return parsed(null, limit, false);
    value = { kind: 'stream', dict: value, dataStart, dataEnd: dataEnd.dataEnd };
    lexer.pos = dataEnd.after;
    const end = lexer.next();
    return parsed(value, lexer.pos, end.type === 'keyword' && end.value === 'endobj');
  }
  if (next.type !== 'keyword' || next.value !== 'endobj') {
    lexer.pos = afterValue;
    return parsed(value, lexer.pos, false);
  }
  return parsed(value, lexer.pos, true);
}

/**
 * Where a stream's data starts after the `stream` keyword at `at`: after CRLF, LF or CR. Without an
 * end of line, readers (pdf.js, Poppler) skip to the next one, and so does this reader, noting it.
 */
function streamDataStart(data: Uint8Array, at: number, limit: number, quirks: Set<Quirk>): number {
  if (data[at] === 13 && data[at + 1] === 10) return at + 2;
  if (data[at] === 10 || data[at] === 13) return at + 1;
  quirks.add('stream-eol');
  let pos = at;
  while (pos < limit && data[pos] !== 10 && data[pos] !== 13) pos++;
  if (data[pos] === 13 && data[pos + 1] === 10) return pos + 2;
  return Math.min(limit, pos + 1);
}

function findStreamEnd(
  data: Uint8Array,
  dataStart: number,
  limit: number,
  dict: PdfDict,
  budget: WorkBudget,
  resolveLength: LengthResolver | undefined,
  quirks: Set<Quirk>,
): { dataEnd: number; after: number } | undefined {
  const lengthValue = dict.entries.get('Length');
  let length: number | undefined;
  // Without a resolver an indirect /Length cannot be checked here; that is not the file's fault.
  let checkable = true;
  if (lengthValue && typeof lengthValue === 'object') {
    if (lengthValue.kind === 'number' && lengthValue.integer) length = lengthValue.value;
    else if (lengthValue.kind === 'ref') {
      if (resolveLength) length = resolveLength(lengthValue.num, lengthValue.gen);
      else checkable = false;
    }
  }
  if (length !== undefined && length >= 0 && dataStart + length <= limit) {
    let at = dataStart + length;
    while (at < limit && isWhitespace(data[at])) at++;
    if (matchesAt(data, at, ENDSTREAM)) return { dataEnd: dataStart + length, after: at + ENDSTREAM.length };
  }
  if (checkable) quirks.add('stream-length');
  if (budget.remaining < 0) return undefined;
  const found = indexOf(data, ENDSTREAM, dataStart, limit);
  budget.remaining -= (found < 0 ? limit : found) - dataStart;
  if (found < 0) return undefined;
  let dataEnd = found;
  if (dataEnd > dataStart && data[dataEnd - 1] === 10) dataEnd--;
  if (dataEnd > dataStart && data[dataEnd - 1] === 13) dataEnd--;
  return { dataEnd, after: found + ENDSTREAM.length };
}

function matchesAt(data: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > data.length) return false;
  for (let i = 0; i < word.length; i++) if (data[at + i] !== word[i]) return false;
  return true;
}
