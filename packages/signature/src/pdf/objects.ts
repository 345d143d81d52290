/**
 * The PDF object model the reader produces. Every composite value remembers where it sits in the
 * file, because signature checks are about bytes: where `/Contents` starts and ends, which
 * revision an object came from.
 */

/** A name such as `/ByteRange`, stored without the slash and with `#xx` escapes decoded. */
export interface PdfName {
  readonly kind: 'name';
  readonly value: string;
}

/** A literal `( … )` or hexadecimal `< … >` string, decoded to bytes. */
export interface PdfString {
  readonly kind: 'string';
  readonly bytes: Uint8Array;
  readonly hex: boolean;
  /** Offset of the opening delimiter in the bytes the object was parsed from. */
  readonly start: number;
  /** Offset just after the closing delimiter. */
  readonly end: number;
  /** True when the string was well formed (closed, only hex digits in a hex string). */
  readonly wellFormed: boolean;
}

/** An indirect reference `n g R`. */
export interface PdfRef {
  readonly kind: 'ref';
  readonly num: number;
  readonly gen: number;
}

/** A number; `integer` tells `3` from `3.0`. */
export interface PdfNumber {
  readonly kind: 'number';
  readonly value: number;
  readonly integer: boolean;
}

/** An array `[ … ]`. */
export interface PdfArray {
  readonly kind: 'array';
  readonly items: PdfValue[];
}

/**
 * Where readers may read the same bytes differently, as stable codes. The engine reads such input
 * as pdf.js and Poppler do where they agree, and notes it: after a signature, anything readers may
 * read differently is not a harmless change.
 * - `duplicate-keys`: a dictionary repeats a key with different values (readers keep the first or the last);
 * - `long-number`: a number too long to hold exactly (readers keep int32, int64 or a double);
 * - `long-token`: a name or keyword longer than readers keep;
 * - `malformed-string`: an unclosed string, or a hexadecimal one with other characters in it;
 * - `junk`: stray delimiters, or a dictionary key that is not a name;
 * - `stream-eol`: `stream` not followed by an end of line (readers start the data at different bytes);
 * - `stream-length`: `/Length` does not end at `endstream` (readers look for the end differently);
 * - `unterminated`: an object without `endobj`;
 * - `generation`: a generation number that differs between the cross-reference entry, the object
 *   header, a reference to it or the revision before (readers resolve it or find nothing);
 * - `unlisted`: an object in a revision that its cross-reference data does not list (readers that
 *   rebuild the file by scanning take it, others do not);
 * - `duplicate-object`: an object number defined twice in one revision or object stream.
 */
export type Quirk = 'duplicate-keys' | 'long-number' | 'long-token' | 'malformed-string' | 'junk' | 'stream-eol' | 'stream-length'
  | 'unterminated' | 'generation' | 'unlisted' | 'duplicate-object';

/** A dictionary `<< … >>`. A repeated key keeps its last value, as pdf.js and Poppler read it. */
export interface PdfDict {
  readonly kind: 'dict';
  readonly entries: Map<string, PdfValue>;
  readonly start: number;
  readonly end: number;
  /** Keys that appeared more than once (readers disagree on which value wins; the last is kept). */
  readonly duplicates?: readonly string[];
}

/** A stream: its dictionary and where its raw (still encoded) data lies in the file. */
export interface PdfStream {
  readonly kind: 'stream';
  readonly dict: PdfDict;
  readonly dataStart: number;
  readonly dataEnd: number;
}

/** Any PDF value. `null` is the PDF null; booleans are plain. */
export type PdfValue = PdfName | PdfString | PdfRef | PdfNumber | PdfArray | PdfDict | PdfStream | boolean | null;

export const pdfName = (value: string): PdfName => ({ kind: 'name', value });
export const pdfNumber = (value: number, integer = Number.isInteger(value)): PdfNumber => ({ kind: 'number', value, integer });

/** The value as a dictionary (a stream's dictionary counts), or `undefined`. */
export function asDict(value: PdfValue | undefined): PdfDict | undefined {
  if (value == null || typeof value !== 'object') return undefined;
  if (value.kind === 'dict') return value;
  if (value.kind === 'stream') return value.dict;
  return undefined;
}

export function asStream(value: PdfValue | undefined): PdfStream | undefined {
  return value != null && typeof value === 'object' && value.kind === 'stream' ? value : undefined;
}

export function asArray(value: PdfValue | undefined): PdfValue[] | undefined {
  return value != null && typeof value === 'object' && value.kind === 'array' ? value.items : undefined;
}

export function asName(value: PdfValue | undefined): string | undefined {
  return value != null && typeof value === 'object' && value.kind === 'name' ? value.value : undefined;
}

export function asNumber(value: PdfValue | undefined): number | undefined {
  return value != null && typeof value === 'object' && value.kind === 'number' ? value.value : undefined;
}

/** The value when it is an integer number, else `undefined`. */
export function asInteger(value: PdfValue | undefined): number | undefined {
  return value != null && typeof value === 'object' && value.kind === 'number' && value.integer ? value.value : undefined;
}

export function asString(value: PdfValue | undefined): PdfString | undefined {
  return value != null && typeof value === 'object' && value.kind === 'string' ? value : undefined;
}

export function asRef(value: PdfValue | undefined): PdfRef | undefined {
  return value != null && typeof value === 'object' && value.kind === 'ref' ? value : undefined;
}

/** `dict.get(key)` for a dictionary or stream, tolerant of anything else. */
export function dictGet(value: PdfValue | undefined, key: string): PdfValue | undefined {
  return asDict(value)?.entries.get(key);
}

/** A stable text form of a value, for comparing two versions of an object (offsets are ignored). */
export function canonical(value: PdfValue | undefined, depth = 0): string {
  if (value === undefined) return '∅';
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (depth > 32) return '…';
  switch (value.kind) {
    case 'name':
      return `/${value.value}`;
    case 'number':
      return String(value.value);
    case 'ref':
      return `${value.num} ${value.gen} R`;
    case 'string': {
      let hex = '';
      for (const b of value.bytes) hex += b.toString(16).padStart(2, '0');
      return `<${hex}>`;
    }
    case 'array':
      return `[${value.items.map((v) => canonical(v, depth + 1)).join(' ')}]`;
    case 'dict':
      return `<<${[...value.entries.keys()].sort().map((k) => `/${k} ${canonical(value.entries.get(k), depth + 1)}`).join(' ')}>>`;
    case 'stream':
      return `${canonical(value.dict, depth + 1)}stream@${value.dataStart}-${value.dataEnd}`;
  }
}
