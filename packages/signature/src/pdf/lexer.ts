/**
 * A tolerant PDF tokenizer. It never throws: malformed input becomes `junk` tokens or
 * `wellFormed: false` strings, and every call consumes at least one byte until the end. It never
 * splits a token in two, as readers that stop at a length would: an overlong number, name or
 * keyword is read whole and noted in {@link Lexer.quirks}, because readers may disagree on it.
 */
import type { PdfString, Quirk } from './objects.js';

export type Token =
  | { type: 'number'; value: number; integer: boolean; start: number }
  | { type: 'name'; value: string; start: number }
  | { type: 'string'; value: PdfString; start: number }
  | { type: 'keyword'; value: string; start: number }
  | { type: 'open-array' | 'close-array' | 'open-dict' | 'close-dict'; start: number }
  | { type: 'junk'; start: number }
  | { type: 'eof'; start: number };

const WHITESPACE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITESPACE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;

/** True for the six PDF whitespace bytes. */
export const isWhitespace = (byte: number | undefined): boolean => byte !== undefined && WHITESPACE[byte] === 1;
const isRegular = (byte: number): boolean => WHITESPACE[byte] === 0 && DELIMITER[byte] === 0;

/** Longer integer tokens are read whole but noted: readers hold them as int32, int64 or double. */
const MAX_EXACT_NUMBER_LENGTH = 32;
const MAX_NUMBER_TEXT = 400;
/** Keywords and names are read whole; only this much of them is kept. */
const MAX_KEYWORD_LENGTH = 128;
const MAX_NAME_LENGTH = 4096;

function hexValue(byte: number): number {
  if (byte >= 48 && byte <= 57) return byte - 48;
  if (byte >= 65 && byte <= 70) return byte - 55;
  if (byte >= 97 && byte <= 102) return byte - 87;
  return -1;
}

/**
 * Work allowed for all parsing of one file, in bytes read. Shared by every lexer over that file so
 * that hostile input (thousands of objects each pointing at the same unclosed string) costs time in
 * proportion to the file, never more.
 */
export interface WorkBudget {
  remaining: number;
}

/** A budget with no practical limit, for small trusted inputs. */
export const unlimitedBudget = (): WorkBudget => ({ remaining: Number.POSITIVE_INFINITY });

const MAX_LITERAL_STRING = 4 << 20;

export class Lexer {
  pos: number;
  /** What this lexer (and the parser using it) met that readers may read differently; empty for clean input. */
  readonly quirks = new Set<Quirk>();

  /** Tokenizes `data` from `start` up to (not including) `limit`, charging `budget` for what it reads. */
  constructor(
    readonly data: Uint8Array,
    start = 0,
    readonly limit = data.length,
    readonly budget: WorkBudget = unlimitedBudget(),
  ) {
    this.pos = Math.max(0, start);
  }

  /** True once the shared budget is spent; the lexer then only returns `eof`. */
  get exhausted(): boolean {
    return this.budget.remaining < 0;
  }

  /** Skips whitespace and `%` comments. */
  skipSpace(): void {
    const { data, limit } = this;
    let pos = this.pos;
    while (pos < limit) {
      const c = data[pos]!;
      if (WHITESPACE[c] === 1) {
        pos++;
      } else if (c === 37) {
        while (pos < limit && data[pos] !== 10 && data[pos] !== 13) pos++;
      } else {
        break;
      }
    }
    this.pos = pos;
  }

  next(): Token {
    if (this.budget.remaining < 0) return { type: 'eof', start: this.pos };
    const before = this.pos;
    const token = this.read();
    this.budget.remaining -= this.pos - before + 1;
    return token;
  }

  private read(): Token {
    this.skipSpace();
    const { data, limit } = this;
    const start = this.pos;
    if (start >= limit) return { type: 'eof', start };
    const c = data[start]!;
    switch (c) {
      case 91: // [
        this.pos++;
        return { type: 'open-array', start };
      case 93: // ]
        this.pos++;
        return { type: 'close-array', start };
      case 60: // <
        if (data[start + 1] === 60) {
          this.pos += 2;
          return { type: 'open-dict', start };
        }
        return { type: 'string', value: this.readHexString(), start };
      case 62: // >
        if (data[start + 1] === 62) {
          this.pos += 2;
          return { type: 'close-dict', start };
        }
        this.pos++;
        this.quirks.add('junk');
        return { type: 'junk', start };
      case 40: // (
        return { type: 'string', value: this.readLiteralString(), start };
      case 47: // /
        return { type: 'name', value: this.readName(), start };
      case 41: // )
      case 123: // {
      case 125: // }
        this.pos++;
        this.quirks.add('junk');
        return { type: 'junk', start };
      default:
        break;
    }
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
      const number = this.readNumber();
      if (number) return { ...number, start };
      this.pos = start;
    }
    let end = start;
    while (end < limit && isRegular(data[end]!)) end++;
    if (end === start) end = start + 1;
    this.pos = end;
    if (end - start > MAX_KEYWORD_LENGTH) this.quirks.add('long-token');
    let word = '';
    for (let i = start; i < Math.min(end, start + MAX_KEYWORD_LENGTH); i++) word += String.fromCharCode(data[i]!);
    return { type: 'keyword', value: word, start };
  }

  /** Reads the next token without consuming it. */
  peek(): Token {
    const saved = this.pos;
    const token = this.next();
    this.pos = saved;
    return token;
  }

  private readNumber(): { type: 'number'; value: number; integer: boolean } | undefined {
    const { data, limit } = this;
    let pos = this.pos;
    let text = '';
    let dot = false;
    let digits = 0;
    let overlong = false;
    while (pos < limit) {
      const c = data[pos]!;
      if (c >= 48 && c <= 57) {
        digits++;
        if (text.length < MAX_NUMBER_TEXT) text += String.fromCharCode(c);
        else overlong = true;
      } else if (c === 46 && !dot) {
        dot = true;
        text += '.';
      } else if ((c === 43 || c === 45) && text.length === 0) {
        text += String.fromCharCode(c);
      } else if ((c === 45 || c === 43) && text.length > 0 && digits === 0) {
        // "--5", "+-3": some writers emit doubled signs; the last sign wins.
        text = String.fromCharCode(c);
      } else {
        break;
      }
      pos++;
    }
    if (digits === 0) return undefined;
    // A regular character right after the digits (e.g. "12abc") makes it a keyword, not a number.
    if (pos < limit && isRegular(data[pos]!)) return undefined;
    this.pos = pos;
    const value = overlong ? Number.POSITIVE_INFINITY : Number(text.endsWith('.') ? text.slice(0, -1) : text);
    // Readers hold reals as doubles alike; integers they hold as int32, int64 or double, so a long
    // or unsafe integer may mean different things to them.
    const exact = !overlong && (dot || (text.length <= MAX_EXACT_NUMBER_LENGTH && Number.isSafeInteger(value)));
    if (!exact) this.quirks.add('long-number');
    if (!Number.isFinite(value)) return { type: 'number', value: 0, integer: false };
    return { type: 'number', value, integer: !dot && Number.isSafeInteger(value) };
  }

  private readName(): string {
    const { data, limit } = this;
    let pos = this.pos + 1;
    let name = '';
    while (pos < limit && isRegular(data[pos]!)) {
      const c = data[pos]!;
      if (c === 35 && pos + 2 < limit) {
        const hi = hexValue(data[pos + 1]!);
        const lo = hexValue(data[pos + 2]!);
        if (hi >= 0 && lo >= 0) {
          if (name.length < MAX_NAME_LENGTH) name += String.fromCharCode(hi * 16 + lo);
          pos += 3;
          continue;
        }
      }
      if (name.length < MAX_NAME_LENGTH) name += String.fromCharCode(c);
      else this.quirks.add('long-token');
      pos++;
    }
    this.pos = pos;
    return name;
  }

  private readHexString(): PdfString {
    const { data, limit } = this;
    const start = this.pos;
    // First find where the string ends: at '>' or at the first byte that cannot be in it.
    let stop = start + 1;
    let closed = false;
    while (stop < limit) {
      const c = data[stop]!;
      if (c === 62) {
        closed = true;
        break;
      }
      if (WHITESPACE[c] !== 1 && hexValue(c) < 0) break;
      stop++;
    }
    const out = new Uint8Array((stop - start) >> 1);
    let count = 0;
    let high = -1;
    for (let pos = start + 1; pos < stop; pos++) {
      const v = hexValue(data[pos]!);
      if (v < 0) continue;
      if (high < 0) {
        high = v;
      } else {
        out[count++] = high * 16 + v;
        high = -1;
      }
    }
    if (high >= 0) out[count++] = high * 16;
    this.pos = closed ? stop + 1 : stop;
    if (!closed) this.quirks.add('malformed-string');
    return { kind: 'string', bytes: out.subarray(0, count), hex: true, start, end: this.pos, wellFormed: closed };
  }

  private readLiteralString(): PdfString {
    const { data, limit } = this;
    const start = this.pos;
    let pos = start + 1;
    const out: number[] = [];
    let depth = 1;
    let closed = false;
    while (pos < limit && out.length < MAX_LITERAL_STRING) {
      const c = data[pos++]!;
      if (c === 92) {
        if (pos >= limit) break;
        const e = data[pos++]!;
        switch (e) {
          case 110: out.push(10); break;
          case 114: out.push(13); break;
          case 116: out.push(9); break;
          case 98: out.push(8); break;
          case 102: out.push(12); break;
          case 13:
            if (data[pos] === 10) pos++;
            break;
          case 10:
            break;
          default:
            if (e >= 48 && e <= 55) {
              let value = e - 48;
              for (let k = 0; k < 2 && pos < limit && data[pos]! >= 48 && data[pos]! <= 55; k++) value = value * 8 + (data[pos++]! - 48);
              out.push(value & 0xff);
            } else {
              out.push(e);
            }
        }
        continue;
      }
      if (c === 40) {
        depth++;
      } else if (c === 41) {
        depth--;
        if (depth === 0) {
          closed = true;
          break;
        }
      } else if (c === 13) {
        // An end of line inside a literal string reads as a single line feed.
        if (data[pos] === 10) pos++;
        out.push(10);
        continue;
      }
      out.push(c);
    }
    this.pos = pos;
    if (!closed) this.quirks.add('malformed-string');
    return { kind: 'string', bytes: Uint8Array.from(out), hex: false, start, end: pos, wellFormed: closed };
  }
}
