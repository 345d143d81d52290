/**
 * A small synchronous inflater (RFC 1950 zlib and RFC 1951 deflate), written for the reader's needs:
 * it stops at an output limit (so a compressed bomb cannot exhaust memory), and it keeps what it
 * decoded before any error (so a damaged stream still yields its readable part). Decoding follows
 * Mark Adler's `puff`: canonical Huffman codes decoded one bit at a time, which is ample for the
 * cross-reference and object streams it is used on.
 */

/** What {@link inflate} decoded and whether the stream ended properly. */
export interface InflateResult {
  bytes: Uint8Array;
  /** False when the data was damaged, truncated, or the output limit was reached. */
  complete: boolean;
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

class Stop extends Error {}

interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
}

function buildHuffman(lengths: ArrayLike<number>, n: number): Huffman | undefined {
  const count = new Uint16Array(16);
  const symbol = new Uint16Array(n);
  for (let i = 0; i < n; i++) count[lengths[i]!]!++;
  if (count[0] === n) return { count, symbol };
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left <<= 1;
    left -= count[len]!;
    if (left < 0) return undefined; // over-subscribed
  }
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len]! + count[len]!;
  for (let i = 0; i < n; i++) if (lengths[i] !== 0) symbol[offsets[lengths[i]!]!++] = i;
  return { count, symbol };
}

class Inflater {
  private pos: number;
  private bitBuffer = 0;
  private bitCount = 0;
  out: Uint8Array;
  outLength = 0;

  constructor(
    private readonly input: Uint8Array,
    start: number,
    private readonly maxOutput: number,
  ) {
    this.pos = start;
    this.out = new Uint8Array(Math.min(maxOutput, Math.max(1024, input.length * 4)));
  }

  private bits(need: number): number {
    let value = this.bitBuffer;
    while (this.bitCount < need) {
      if (this.pos >= this.input.length) throw new Stop();
      value |= this.input[this.pos++]! << this.bitCount;
      this.bitCount += 8;
    }
    this.bitBuffer = value >>> need;
    this.bitCount -= need;
    return value & ((1 << need) - 1);
  }

  private emit(byte: number): void {
    if (this.outLength >= this.out.length) {
      if (this.out.length >= this.maxOutput) throw new Stop();
      const grown = new Uint8Array(Math.min(this.maxOutput, this.out.length * 2));
      grown.set(this.out);
      this.out = grown;
    }
    this.out[this.outLength++] = byte;
  }

  private stored(): void {
    this.bitBuffer = 0;
    this.bitCount = 0;
    if (this.pos + 4 > this.input.length) throw new Stop();
    const len = this.input[this.pos]! | (this.input[this.pos + 1]! << 8);
    const nlen = this.input[this.pos + 2]! | (this.input[this.pos + 3]! << 8);
    this.pos += 4;
    if (len !== (~nlen & 0xffff)) throw new Stop();
    for (let i = 0; i < len; i++) {
      if (this.pos >= this.input.length) throw new Stop();
      this.emit(this.input[this.pos++]!);
    }
  }

  private decode(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1);
      const count = h.count[len]!;
      if (code - count < first) return h.symbol[index + (code - first)]!;
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    throw new Stop();
  }

  private codes(lencode: Huffman, distcode: Huffman): void {
    for (;;) {
      let symbol = this.decode(lencode);
      if (symbol < 256) {
        this.emit(symbol);
      } else if (symbol === 256) {
        return;
      } else {
        symbol -= 257;
        if (symbol >= 29) throw new Stop();
        const len = LENGTH_BASE[symbol]! + this.bits(LENGTH_EXTRA[symbol]!);
        const dsym = this.decode(distcode);
        if (dsym >= 30) throw new Stop();
        const dist = DIST_BASE[dsym]! + this.bits(DIST_EXTRA[dsym]!);
        if (dist > this.outLength) throw new Stop();
        for (let i = 0; i < len; i++) this.emit(this.out[this.outLength - dist]!);
      }
    }
  }

  private static fixedTables: [Huffman, Huffman] | undefined;

  private fixed(): void {
    if (!Inflater.fixedTables) {
      const lengths = new Uint8Array(288);
      lengths.fill(8, 0, 144);
      lengths.fill(9, 144, 256);
      lengths.fill(7, 256, 280);
      lengths.fill(8, 280, 288);
      const dist = new Uint8Array(30).fill(5);
      Inflater.fixedTables = [buildHuffman(lengths, 288)!, buildHuffman(dist, 30)!];
    }
    this.codes(Inflater.fixedTables[0], Inflater.fixedTables[1]);
  }

  private dynamic(): void {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new Stop();
    const lengths = new Uint8Array(320);
    for (let i = 0; i < ncode; i++) lengths[CODE_LENGTH_ORDER[i]!] = this.bits(3);
    const lencode = buildHuffman(lengths, 19);
    if (!lencode) throw new Stop();
    lengths.fill(0);
    let index = 0;
    while (index < nlen + ndist) {
      let symbol = this.decode(lencode);
      if (symbol < 16) {
        lengths[index++] = symbol;
      } else {
        let len = 0;
        if (symbol === 16) {
          if (index === 0) throw new Stop();
          len = lengths[index - 1]!;
          symbol = 3 + this.bits(2);
        } else if (symbol === 17) {
          symbol = 3 + this.bits(3);
        } else {
          symbol = 11 + this.bits(7);
        }
        if (index + symbol > nlen + ndist) throw new Stop();
        while (symbol--) lengths[index++] = len;
      }
    }
    if (lengths[256] === 0) throw new Stop();
    const litcode = buildHuffman(lengths.subarray(0, nlen), nlen);
    const distcode = buildHuffman(lengths.subarray(nlen, nlen + ndist), ndist);
    if (!litcode || !distcode) throw new Stop();
    this.codes(litcode, distcode);
  }

  run(): boolean {
    try {
      let last = 0;
      do {
        last = this.bits(1);
        const type = this.bits(2);
        if (type === 0) this.stored();
        else if (type === 1) this.fixed();
        else if (type === 2) this.dynamic();
        else return false;
      } while (!last);
      return true;
    } catch (error) {
      if (error instanceof Stop || error instanceof RangeError) return false;
      return false;
    }
  }
}

/**
 * Inflates zlib-wrapped (or, failing a valid zlib header, raw) deflate data, producing at most
 * `maxOutput` bytes. Never throws.
 */
export function inflate(input: Uint8Array, maxOutput: number): InflateResult {
  const cmf = input[0];
  const flg = input[1];
  const zlib = cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0 && (flg & 0x20) === 0;
  const inflater = new Inflater(input, zlib ? 2 : 0, Math.max(0, maxOutput));
  const complete = inflater.run();
  return { bytes: inflater.out.subarray(0, inflater.outLength), complete };
}
