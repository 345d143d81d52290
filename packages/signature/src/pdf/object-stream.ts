/** Object streams (`/Type /ObjStm`): many small objects compressed together. */
import { Lexer, type WorkBudget } from './lexer.js';
import { asInteger, asName, type PdfStream, type PdfValue, type Quirk } from './objects.js';
import { decodeStream } from './filters.js';
import { parseValue } from './parser.js';

/** A decoded object stream: the object numbers it holds and where each starts. */
export interface ObjectStreamContent {
  readonly data: Uint8Array;
  readonly numbers: number[];
  readonly offsets: number[];
  readonly complete: boolean;
}

const MAX_OBJECTS = 1 << 20;

/** Decodes an object stream, or `undefined` when it is not one or cannot be decoded. */
export function readObjectStream(
  file: Uint8Array,
  stream: PdfStream,
  budget: WorkBudget,
  allowance: { remaining: number },
): ObjectStreamContent | undefined {
  if (asName(stream.dict.entries.get('Type')) !== 'ObjStm') return undefined;
  const count = asInteger(stream.dict.entries.get('N'));
  const first = asInteger(stream.dict.entries.get('First'));
  if (count === undefined || first === undefined || count < 0 || first < 0 || count > MAX_OBJECTS) return undefined;
  const decoded = decodeStream(file, stream, Math.max(0, allowance.remaining));
  if (!decoded) return undefined;
  allowance.remaining -= decoded.bytes.length;
  const data = decoded.bytes;
  if (first > data.length) return undefined;
  const lexer = new Lexer(data, 0, first, budget);
  const numbers: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const num = lexer.next();
    const off = lexer.next();
    if (num.type !== 'number' || off.type !== 'number' || !num.integer || !off.integer || off.value < 0) break;
    numbers.push(num.value);
    offsets.push(first + off.value);
  }
  return { data, numbers, offsets, complete: decoded.complete && numbers.length === count };
}

/** The object at `index` in a decoded object stream, if its number is `num`, and its quirks. */
export function objectFromStream(content: ObjectStreamContent, index: number, num: number, budget: WorkBudget): { value: PdfValue; quirks: Quirk[] } | undefined {
  if (index < 0 || index >= content.numbers.length || content.numbers[index] !== num) {
    // Some writers get the index wrong; fall back to finding the number.
    index = content.numbers.indexOf(num);
    if (index < 0) return undefined;
  }
  const start = content.offsets[index]!;
  const next = content.offsets[index + 1];
  const limit = next !== undefined && next > start ? next : content.data.length;
  if (start >= content.data.length) return undefined;
  const lexer = new Lexer(content.data, start, limit, budget);
  const value = parseValue(lexer);
  if (content.numbers.indexOf(num) !== content.numbers.lastIndexOf(num)) lexer.quirks.add('duplicate-object');
  return { value, quirks: [...lexer.quirks] };
}
