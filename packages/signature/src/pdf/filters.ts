/**
 * Stream decoding for what the signature engine reads: cross-reference streams, object streams and
 * the document security store. FlateDecode (with PNG/TIFF predictors) and ASCIIHexDecode are
 * supported; anything else yields `undefined`.
 */
import { inflate } from './inflate.js';
import { asArray, asDict, asInteger, asName, type PdfStream, type PdfValue } from './objects.js';

/** A decoded stream and whether decoding was clean. */
export interface DecodedStream {
  bytes: Uint8Array;
  complete: boolean;
}

/** Decodes `stream` (raw data taken from `file`), producing at most `maxOutput` bytes. */
export function decodeStream(file: Uint8Array, stream: PdfStream, maxOutput: number): DecodedStream | undefined {
  let bytes = file.subarray(stream.dataStart, stream.dataEnd);
  let complete = true;
  const filterValue = stream.dict.entries.get('Filter');
  const filters = filterValue === undefined || filterValue === null ? [] : asArray(filterValue) ?? [filterValue];
  const parmsValue = stream.dict.entries.get('DecodeParms') ?? stream.dict.entries.get('DP');
  const parmsList = asArray(parmsValue) ?? [parmsValue ?? null];
  if (filters.length > 4) return undefined;
  for (let i = 0; i < filters.length; i++) {
    const name = asName(filters[i]);
    const parms = parmsList[i] ?? null;
    if (name === 'FlateDecode' || name === 'Fl') {
      const result = inflate(bytes, maxOutput);
      complete &&= result.complete;
      const predicted = applyPredictor(result.bytes, parms);
      if (!predicted) return undefined;
      bytes = predicted;
    } else if (name === 'ASCIIHexDecode' || name === 'AHx') {
      bytes = asciiHex(bytes);
    } else {
      return undefined;
    }
  }
  return { bytes, complete };
}

function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array((data.length + 1) >> 1);
  let count = 0;
  let high = -1;
  for (const c of data) {
    if (c === 62) break;
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out[count++] = high * 16 + v;
      high = -1;
    }
  }
  if (high >= 0) out[count++] = high * 16;
  return out.subarray(0, count);
}

function applyPredictor(data: Uint8Array, parms: PdfValue): Uint8Array | undefined {
  const dict = asDict(parms);
  const predictor = asInteger(dict?.entries.get('Predictor')) ?? 1;
  if (predictor === 1) return data;
  const colors = asInteger(dict?.entries.get('Colors')) ?? 1;
  const bits = asInteger(dict?.entries.get('BitsPerComponent')) ?? 8;
  const columns = asInteger(dict?.entries.get('Columns')) ?? 1;
  if (!(colors >= 1 && colors <= 32 && [1, 2, 4, 8, 16].includes(bits) && columns >= 1 && columns <= 1 << 20)) return undefined;
  const bytesPerPixel = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((columns * colors * bits) / 8);
  if (predictor === 2) {
    if (bits !== 8) return undefined;
    const out = data.slice();
    for (let row = 0; row + rowLength <= out.length; row += rowLength) {
      for (let i = bytesPerPixel; i < rowLength; i++) out[row + i] = (out[row + i]! + out[row + i - bytesPerPixel]!) & 0xff;
    }
    return out;
  }
  if (predictor < 10) return undefined;
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i >= bytesPerPixel ? out[dst + i - bytesPerPixel]! : 0;
      const up = r > 0 ? out[dst - rowLength + i]! : 0;
      const upLeft = r > 0 && i >= bytesPerPixel ? out[dst - rowLength + i - bytesPerPixel]! : 0;
      let value: number;
      switch (type) {
        case 0: value = raw; break;
        case 1: value = raw + left; break;
        case 2: value = raw + up; break;
        case 3: value = raw + ((left + up) >> 1); break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          return undefined;
      }
      out[dst + i] = value & 0xff;
    }
  }
  return out;
}
