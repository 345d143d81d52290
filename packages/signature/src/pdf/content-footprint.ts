/**
 * Where a page draws: a coarse footprint, in default user space, of its text, painted paths,
 * images and form XObjects, and of the annotations that show on it. Used to tell whether
 * something added after a signature is drawn over what was signed. Coarse on purpose: glyph boxes
 * are estimated from the font size, clipping is ignored (both only make the footprint larger),
 * and content it cannot follow (an unsupported filter, a shading, too many operators) counts as
 * covering the whole page.
 */
import { drawsNothing } from './annotations.js';
import type { PdfView } from './document.js';
import { decodeStream } from './filters.js';
import { Lexer } from './lexer.js';
import { asArray, asDict, asName, asNumber, asStream, asString, type PdfDict, type PdfValue } from './objects.js';
import type { PageNode } from './pages.js';
import { parseValue } from './parser.js';

/** `[x1, y1, x2, y2]` with x1 ≤ x2 and y1 ≤ y2. */
export type Rect = readonly [number, number, number, number];
type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const MAX_OPERATORS = 200_000;
const GLYPH_WIDTH = 0.6;
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const LITERALS = new Set(['true', 'false', 'null']);

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];

function transformRect([x1, y1, x2, y2]: Rect, m: Matrix): Rect {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[x1, y1], [x1, y2], [x2, y1], [x2, y2]] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A rectangle from four numbers in any order, or `undefined`. */
export function normalizeRect(values: readonly (number | undefined)[] | undefined): Rect | undefined {
  if (!values || values.length !== 4 || values.some((v) => v === undefined || !Number.isFinite(v))) return undefined;
  const [a, b, c, d] = values as [number, number, number, number];
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

/** True when the two rectangles share some area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);
}

function numbers(view: PdfView, value: PdfValue | undefined): (number | undefined)[] | undefined {
  return asArray(view.deref(value))?.map((v) => asNumber(view.deref(v)));
}

/** Follows one page's content streams, collecting what they paint. */
class Painter {
  readonly rects: Rect[] = [];
  whole = false;
  private ctm: Matrix = IDENTITY;
  private readonly saved: Matrix[] = [];
  private tm: Matrix = IDENTITY;
  private tlm: Matrix = IDENTITY;
  private fontSize = 0;
  private leading = 0;
  private scale = 1;
  private invisibleText = false;
  private path: [number, number][] = [];
  private operators = 0;

  constructor(
    private readonly view: PdfView,
    private readonly resources: PdfDict | undefined,
  ) {}

  run(data: Uint8Array): void {
    const lexer = new Lexer(data, 0, data.length, { remaining: data.length * 8 + 65536 });
    const operands: PdfValue[] = [];
    while (!this.whole) {
      const saved = lexer.pos;
      const token = lexer.next();
      if (token.type === 'eof') return;
      if (token.type !== 'keyword' || LITERALS.has(token.value)) {
        lexer.pos = saved;
        if (operands.length < 64) operands.push(parseValue(lexer));
        else parseValue(lexer);
        continue;
      }
      if (++this.operators > MAX_OPERATORS) this.whole = true;
      if (token.value === 'ID') {
        this.rects.push(transformRect([0, 0, 1, 1], this.ctm));
        lexer.pos = inlineImageEnd(data, lexer.pos);
      } else {
        this.operator(token.value, operands.map((v) => asNumber(v)), operands);
      }
      operands.length = 0;
    }
  }

  private operator(op: string, n: (number | undefined)[], operands: PdfValue[]): void {
    const num = (i: number) => n[i] ?? 0;
    switch (op) {
      case 'q': this.saved.push(this.ctm); break;
      case 'Q': this.ctm = this.saved.pop() ?? this.ctm; break;
      case 'cm': this.ctm = multiply([num(0), num(1), num(2), num(3), num(4), num(5)], this.ctm); break;
      case 'BT': this.tm = this.tlm = IDENTITY; break;
      case 'Tf': this.fontSize = Math.abs(num(1)); break;
      case 'TL': this.leading = num(0); break;
      case 'Tz': this.scale = num(0) / 100; break;
      case 'Tr': this.invisibleText = num(0) === 3 || num(0) === 7; break;
      case 'Td': this.moveText(num(0), num(1)); break;
      case 'TD': this.leading = -num(1); this.moveText(num(0), num(1)); break;
      case 'Tm': this.tm = this.tlm = [num(0), num(1), num(2), num(3), num(4), num(5)]; break;
      case 'T*': this.moveText(0, -this.leading); break;
      case 'Tj': this.show(operands[0]); break;
      case 'TJ': this.show(operands[0]); break;
      case "'": this.moveText(0, -this.leading); this.show(operands[0]); break;
      case '"': this.moveText(0, -this.leading); this.show(operands[2]); break;
      case 'm': case 'l': this.point(num(0), num(1)); break;
      case 'c': this.point(num(0), num(1)); this.point(num(2), num(3)); this.point(num(4), num(5)); break;
      case 'v': case 'y': this.point(num(0), num(1)); this.point(num(2), num(3)); break;
      case 're':
        for (const [x, y] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) this.point(num(0) + x * num(2), num(1) + y * num(3));
        break;
      case 'n': this.path = []; break;
      case 'Do': this.xobject(asName(operands[0])); break;
      case 'sh': this.whole = true; break;
      default:
        if (PAINT.has(op)) {
          if (this.path.length > 0) this.rects.push(boundsOf(this.path));
          this.path = [];
        }
    }
  }

  private moveText(tx: number, ty: number): void {
    this.tlm = multiply([1, 0, 0, 1, tx, ty], this.tlm);
    this.tm = this.tlm;
  }

  private show(value: PdfValue | undefined): void {
    let glyphs = 0;
    let adjust = 0;
    for (const item of asArray(value) ?? [value]) {
      const text = asString(item);
      if (text) glyphs += text.bytes.length;
      else adjust += asNumber(item) ?? 0;
    }
    const width = (glyphs * GLYPH_WIDTH * this.fontSize - (adjust / 1000) * this.fontSize) * this.scale;
    if (!this.invisibleText && glyphs > 0) {
      this.rects.push(transformRect([Math.min(0, width), -0.25 * this.fontSize, Math.max(0, width), this.fontSize], multiply(this.tm, this.ctm)));
    }
    this.tm = multiply([1, 0, 0, 1, width, 0], this.tm);
  }

  private point(x: number, y: number): void {
    const m = this.ctm;
    this.path.push([m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  }

  private xobject(name: string | undefined): void {
    const xobjects = asDict(this.view.get(this.resources, 'XObject'));
    const stream = asStream(name === undefined ? undefined : this.view.deref(xobjects?.entries.get(name)));
    const dict = stream?.dict;
    const box = asName(dict?.entries.get('Subtype')) === 'Form' ? normalizeRect(numbers(this.view, dict?.entries.get('BBox'))) : undefined;
    if (!box) {
      this.rects.push(transformRect([0, 0, 1, 1], this.ctm));
      return;
    }
    const matrix = numbers(this.view, dict?.entries.get('Matrix'));
    const m: Matrix = matrix?.length === 6 && matrix.every((v) => v !== undefined) ? (matrix as unknown as Matrix) : IDENTITY;
    this.rects.push(transformRect(box, multiply(m, this.ctm)));
  }
}

function boundsOf(points: readonly [number, number][]): Rect {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Just past an inline image's `EI` (whitespace, `EI`, whitespace or the end), from its data start. */
function inlineImageEnd(data: Uint8Array, from: number): number {
  for (let i = from; i + 1 < data.length; i++) {
    if (data[i] === 0x45 && data[i + 1] === 0x49 && (i === from || data[i - 1]! <= 0x20) && (i + 2 >= data.length || data[i + 2]! <= 0x20)) return i + 2;
  }
  return data.length;
}

/** The page's resources, inherited from its ancestors when it has none. */
function resourcesOf(view: PdfView, page: PdfDict): PdfDict | undefined {
  let node: PdfDict | undefined = page;
  for (let depth = 0; node && depth < 32; depth++) {
    const resources = asDict(view.get(node, 'Resources'));
    if (resources) return resources;
    node = asDict(view.get(node, 'Parent'));
  }
  return undefined;
}

/**
 * What `page` (as `view` has it) draws: rectangles, or `'whole-page'` when its content cannot be
 * followed. Annotations count with their rectangle, unless they certainly draw nothing.
 */
export function pageFootprint(view: PdfView, page: PageNode): Rect[] | 'whole-page' {
  const painter = new Painter(view, resourcesOf(view, page.dict));
  const contents = view.get(page.dict, 'Contents');
  for (const item of asArray(contents) ?? [contents]) {
    const stream = asStream(view.deref(item));
    if (!stream) continue;
    const decoded = decodeStream(view.file.bytes, stream, Math.max(0, view.file.decodeAllowance.remaining));
    if (!decoded) return 'whole-page';
    view.file.decodeAllowance.remaining -= decoded.bytes.length;
    painter.run(decoded.bytes);
    if (painter.whole) return 'whole-page';
  }
  for (const num of page.annotations) {
    const annotation = asDict(view.resolve(num));
    const rect = annotation && !drawsNothing(view, annotation) ? normalizeRect(numbers(view, annotation.entries.get('Rect'))) : undefined;
    if (rect) painter.rects.push(rect);
  }
  return painter.rects;
}
