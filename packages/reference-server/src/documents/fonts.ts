import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/**
 * Rebuilds the TrueType (sfnt) font a WOFF 1.0 file wraps: WOFF stores the same tables, each
 * zlib-compressed; PDF embeds TrueType. (pdf-lib cannot embed or subset WOFF bytes itself.)
 * @throws Error when `woff` is not WOFF 1.0.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('Not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  searchRange *= 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const tables: Buffer[] = [];
  let offset = header.length;
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tag = woff.readUInt32BE(entry);
    const start = woff.readUInt32BE(entry + 4);
    const compressedLength = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const checksum = woff.readUInt32BE(entry + 16);
    const stored = woff.subarray(start, start + compressedLength);
    const data = compressedLength < length ? inflateSync(stored) : stored;
    const directory = 12 + i * 16;
    header.writeUInt32BE(tag, directory);
    header.writeUInt32BE(checksum, directory + 4);
    header.writeUInt32BE(offset, directory + 8);
    header.writeUInt32BE(length, directory + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    tables.push(padded);
    offset += padded.length;
  }
  return Buffer.concat([header, ...tables]);
}

/** The weights the documents use. */
export type FontWeight = 400 | 700;

/**
 * Be Vietnam Pro (SIL OFL) as TrueType, in the two subsets @fontsource ships: `latin` (ASCII,
 * Latin-1: à, á, â, ê, ô…) and `vietnamese` (ă, đ, ơ, ư and the precomposed letters with tone
 * marks: ế, ộ, ữ…). Vietnamese text needs both, so text is drawn in runs, each in the subset that
 * has its glyphs.
 */
export interface FontFiles {
  latin: Buffer;
  vietnamese: Buffer;
}

const cache = new Map<FontWeight, FontFiles>();

/** The two subsets of Be Vietnam Pro at `weight`, converted once and cached. */
export function beVietnamPro(weight: FontWeight): FontFiles {
  let files = cache.get(weight);
  if (!files) {
    const dir = require.resolve('@fontsource/be-vietnam-pro/package.json').replace(/package\.json$/, 'files/');
    const load = (subset: string) => woffToSfnt(readFileSync(`${dir}be-vietnam-pro-${subset}-${weight}-normal.woff`));
    files = { latin: load('latin'), vietnamese: load('vietnamese') };
    cache.set(weight, files);
  }
  return files;
}
