/** PDF text strings and dates. */
import type { PdfString } from './objects.js';

// PDFDocEncoding differs from Latin-1 in 0x18–0x1f and 0x80–0xa0 (ISO 32000-1, Annex D).
const PDF_DOC_HIGH: Record<number, number> = {
  0x18: 0x02d8, 0x19: 0x02c7, 0x1a: 0x02c6, 0x1b: 0x02d9, 0x1c: 0x02dd, 0x1d: 0x02db, 0x1e: 0x02da, 0x1f: 0x02dc,
  0x80: 0x2022, 0x81: 0x2020, 0x82: 0x2021, 0x83: 0x2026, 0x84: 0x2014, 0x85: 0x2013, 0x86: 0x0192, 0x87: 0x2044,
  0x88: 0x2039, 0x89: 0x203a, 0x8a: 0x2212, 0x8b: 0x2030, 0x8c: 0x201e, 0x8d: 0x201c, 0x8e: 0x201d, 0x8f: 0x2018,
  0x90: 0x2019, 0x91: 0x201a, 0x92: 0x2122, 0x93: 0xfb01, 0x94: 0xfb02, 0x95: 0x0141, 0x96: 0x0152, 0x97: 0x0160,
  0x98: 0x0178, 0x99: 0x017d, 0x9a: 0x0131, 0x9b: 0x0142, 0x9c: 0x0153, 0x9d: 0x0161, 0x9e: 0x017e, 0xa0: 0x20ac,
};

const MAX_TEXT = 4096;

/** Decodes a PDF text string (UTF-16BE or UTF-8 with a byte-order mark, else PDFDocEncoding), NFC-normalised. */
export function decodeTextString(value: PdfString | undefined): string | undefined {
  if (!value) return undefined;
  const b = value.bytes.subarray(0, MAX_TEXT * 2);
  let text: string;
  if (b[0] === 0xfe && b[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(b.subarray(2));
  } else if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(b.subarray(3));
  } else {
    text = '';
    for (const byte of b) text += String.fromCharCode(PDF_DOC_HIGH[byte] ?? byte);
  }
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').normalize('NFC').slice(0, MAX_TEXT);
}

const PDF_DATE = /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])\s*(\d{2})?'?(\d{2})?'?)?/;

/** Parses a PDF date (`D:20250129140500+07'00'`) to an instant; `undefined` when it is not one. */
export function parsePdfDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const m = PDF_DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  if (year === undefined || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  const sign = m[7];
  if (sign === '+' || sign === '-') {
    offsetMinutes = (Number(m[8] ?? 0) * 60 + Number(m[9] ?? 0)) * (sign === '-' ? -1 : 1);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
