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

/** A dictionary `<< … >>`. Later duplicate keys do not replace earlier ones (first wins, as most readers do). */
export interface PdfDict {
  readonly kind: 'dict';
  readonly entries: Map<string, PdfValue>;
  readonly start: number;
  readonly end: number;
  /** Keys that appeared more than once (readers disagree on which value wins). */
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
