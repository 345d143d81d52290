/**
 * The PDF structure reader. A {@link PdfFile} holds the bytes and caches what was parsed; a
 * {@link PdfView} is the document as a viewer would see it if the file ended at a given offset —
 * the current document (the whole file) or the version a signature signed (its byte range). Both
 * are built from the cross-reference chain, never from guessing, unless the chain is broken, in
 * which case the view is reconstructed by scanning and says so.
 */
import { asciiBytes, indexOf, lastIndexOf, type ByteSearch } from '../util/bytes.js';
import { Lexer, type WorkBudget } from './lexer.js';
import { scanObjects } from './repair.js';
import { objectFromStream, readObjectStream, type ObjectStreamContent } from './object-stream.js';
import { asDict, asInteger, asRef, asStream, type PdfDict, type PdfValue, type Quirk } from './objects.js';
import { parseIndirectObject, type ParsedObject } from './parser.js';
import { readXrefSection, sameEntry, type XrefEntry, type XrefReadContext, type XrefSection } from './xref.js';

const STARTXREF = asciiBytes('startxref');
const MAX_CHAIN = 4096;

/** Where an object was found. */
export type ObjectLocation =
  | { readonly type: 'file'; readonly offset: number; readonly end: number }
  | { readonly type: 'object-stream'; readonly stream: number; readonly streamOffset: number; readonly index: number };

/** Resource limits for reading one file. */
export interface ReadLimits {
  /** Bytes the lexers may read in total (default: 16 × the file size + 16 MiB). */
  readonly work?: number;
  /** Bytes the reader may decompress in total (default: the file size + 8 MiB). */
  readonly decompressed?: number;
}

/** The bytes of a PDF file and everything parsed from them so far. */
export class PdfFile {
  readonly budget: WorkBudget;
  readonly decodeAllowance: { remaining: number };
  private readonly sections = new Map<number, XrefSection | null>();
  private readonly objects = new Map<number, ParsedObject | null>();
  private readonly objectStreams = new Map<number, ObjectStreamContent | null>();
  private readonly views = new Map<number, PdfView>();
  /** Results of `n g obj` header checks, by `offset:num`. */
  readonly headerChecks = new Map<string, boolean>();
  private readonly xrefContext: XrefReadContext;

  constructor(
    readonly bytes: Uint8Array,
    limits: ReadLimits = {},
    /** How whole-file scans find byte patterns. */
    readonly search: ByteSearch = indexOf,
  ) {
    this.budget = { remaining: limits.work ?? bytes.length * 16 + (16 << 20) };
    this.decodeAllowance = { remaining: limits.decompressed ?? bytes.length + (8 << 20) };
    this.xrefContext = { file: bytes, budget: this.budget, decodeAllowance: this.decodeAllowance };
  }

  /** True once parsing stopped because the work budget ran out. */
  get exhausted(): boolean {
    return this.budget.remaining < 0 || this.decodeAllowance.remaining < 0;
  }

  /** The cross-reference section at `offset` (cached). */
  section(offset: number, limit: number): XrefSection | undefined {
    let section = this.sections.get(offset);
    if (section === undefined) {
      section = readXrefSection(this.xrefContext, offset, this.bytes.length) ?? null;
      this.sections.set(offset, section);
    }
    return section && section.end <= limit ? section : undefined;
  }

  /** The indirect object at `offset` (cached). */
  objectAt(offset: number, view?: PdfView): ParsedObject | undefined {
    let object = this.objects.get(offset);
    if (object === undefined) {
      object = parseIndirectObject(this.bytes, offset, this.budget, view ? (num) => asInteger(view.resolve(num)) : undefined) ?? null;
      this.objects.set(offset, object);
    }
    return object ?? undefined;
  }

  /** The decoded object stream whose stream object starts at `offset` (cached). */
  objectStreamAt(offset: number, view: PdfView): ObjectStreamContent | undefined {
    let content = this.objectStreams.get(offset);
    if (content === undefined) {
      const stream = asStream(this.objectAt(offset, view)?.value ?? undefined);
      content = (stream && readObjectStream(this.bytes, stream, this.budget, this.decodeAllowance)) ?? null;
      this.objectStreams.set(offset, content);
    }
    return content ?? undefined;
  }

  /**
   * True when the last `startxref` before `end` points at a readable cross-reference section: a
   * cheap test of whether `end` closes a revision, without rebuilding anything by scanning.
   */
  hasCrossReference(end: number): boolean {
    const at = lastIndexOf(this.bytes, STARTXREF, end - STARTXREF.length, Math.max(0, end - 1024));
    if (at < 0) return false;
    const token = new Lexer(this.bytes, at + STARTXREF.length, end, this.budget).next();
    return token.type === 'number' && token.integer && this.section(token.value, end) !== undefined;
  }

  /** The document as it stands if the file ended at `end` (cached per offset). */
  view(end = this.bytes.length): PdfView {
    let view = this.views.get(end);
    if (!view) {
      view = new PdfView(this, Math.max(0, Math.min(end, this.bytes.length)));
      this.views.set(end, view);
    }
    return view;
  }
}

/** An object number's entry and the section it came from. */
export interface LocatedEntry {
  readonly entry: XrefEntry;
  readonly section: XrefSection;
}

/**
 * The document as of byte `end`: the cross-reference chain that the last `startxref` before `end`
 * starts, and the objects it resolves to.
 */
export class PdfView {
  /** Sections from newest to oldest. */
  readonly chain: XrefSection[] = [];
  /** The `startxref` value read, if any. */
  readonly startxref: number | undefined;
  /** True when no usable chain was found and objects were located by scanning. */
  readonly reconstructed: boolean;
  /** Structural oddities, as stable codes. */
  readonly problems: string[] = [];
  private readonly resolved = new Map<number, PdfValue>();
  private readonly objectQuirks = new Map<number, readonly Quirk[]>();
  /** Objects some reference names with another generation than the one they have (see {@link deref}). */
  readonly generationMismatches = new Set<number>();
  private readonly resolving = new Set<number>();
  private readonly locations = new Map<number, ObjectLocation | null>();
  private readonly scanned?: Map<number, XrefEntry>;
  private readonly scannedTrailer?: PdfDict;

  constructor(
    readonly file: PdfFile,
    readonly end: number,
  ) {
    const bytes = file.bytes;
    const at = file.exhausted ? -1 : lastIndexOf(bytes, STARTXREF, end - STARTXREF.length, 0);
    file.budget.remaining -= end - Math.max(0, at);
    if (at >= 0) {
      const lexer = new Lexer(bytes, at + STARTXREF.length, end, file.budget);
      const token = lexer.next();
      if (token.type === 'number' && token.integer) this.startxref = token.value;
    }
    const seen = new Set<number>();
    let offset = this.startxref;
    while (offset !== undefined && !seen.has(offset) && this.chain.length < MAX_CHAIN) {
      seen.add(offset);
      const section = file.section(offset, end);
      if (!section) {
        this.problems.push(this.chain.length === 0 ? 'structure.startxref-invalid' : 'structure.prev-invalid');
        break;
      }
      const stm = asInteger(section.trailer.entries.get('XRefStm'));
      const hybrid = stm !== undefined && section.kind === 'table' ? file.section(stm, end) : undefined;
      this.chain.push(hybrid?.kind === 'stream' ? mergeHybrid(section, hybrid) : section);
      this.problems.push(...section.problems);
      offset = asInteger(section.trailer.entries.get('Prev'));
    }
    // Like repairing viewers, fall back to scanning when the newest trailer yields no catalog or the
    // newest cross-reference section could not be read in full.
    const newestDamaged = this.chain[0]?.problems.some((p) => p === 'xref.table-malformed' || p === 'xref.entry-malformed') ?? false;
    this.reconstructed = this.chain.length === 0 || newestDamaged || asDict(this.deref(this.trailerValue('Root'))) === undefined;
    if (this.reconstructed) {
      this.resolved.clear();
      this.locations.clear();
      this.objectQuirks.clear();
      this.generationMismatches.clear();
    }
    if (this.reconstructed) {
      const scan = scanObjects(file, end);
      this.scanned = scan.entries;
      this.scannedTrailer = scan.trailer;
      this.problems.push('structure.reconstructed');
    }
  }

  private entriesChecked = false;

  /**
   * Checks that every in-use entry of the chain points at an object header with its number (a
   * cheap look at `n g obj`, not a full parse). Mismatches are recorded as problems. Once per view.
   */
  checkEntries(): void {
    if (this.entriesChecked || this.reconstructed) return;
    this.entriesChecked = true;
    const bytes = this.file.bytes;
    const seen = new Set<number>();
    for (const section of this.chain) {
      for (const [num, entry] of section.entries) {
        if (seen.has(num) || this.file.exhausted) continue;
        seen.add(num);
        if (entry.type !== 'offset') continue;
        const key = `${entry.offset}:${num}`;
        let ok = entry.offset < this.end ? this.file.headerChecks.get(key) : false;
        if (ok === undefined) {
          const lexer = new Lexer(bytes, entry.offset, this.end, this.file.budget);
          const n = lexer.next();
          const g = lexer.next();
          const obj = lexer.next();
          ok = n.type === 'number' && n.value === num && g.type === 'number' && obj.type === 'keyword' && obj.value === 'obj';
          this.file.headerChecks.set(key, ok);
        }
        if (!ok) {
          this.problems.push('structure.xref-offset-mismatch');
          return;
        }
      }
    }
  }

  /** True when the structure needed repair: reconstructed, or cross-reference data that did not read cleanly. */
  get damaged(): boolean {
    return this.reconstructed || this.problems.some((p) => p.startsWith('xref.') || p === 'structure.startxref-invalid' || p === 'structure.prev-invalid' || p === 'structure.xref-offset-mismatch');
  }

  /**
   * The trailer entry `key`. Only the newest trailer counts, as in pdf.js and Poppler: a trailer
   * without `/Root` does not borrow an older one's, it sends readers to rebuild the file.
   */
  trailerValue(key: string): PdfValue | undefined {
    if (this.scannedTrailer) return this.scannedTrailer.entries.get(key);
    return this.chain[0]?.trailer.entries.get(key);
  }

  /** The document catalog. */
  get catalog(): PdfDict | undefined {
    return asDict(this.deref(this.trailerValue('Root')));
  }

  /** The entry for object `num` in this view, newest section first. */
  entry(num: number): LocatedEntry | undefined {
    if (this.scanned) {
      const scanned = this.scanned.get(num);
      return scanned ? { entry: scanned, section: SCANNED_SECTION } : undefined;
    }
    for (const section of this.chain) {
      const entry = section.entries.get(num);
      if (entry) return { entry, section };
    }
    return undefined;
  }

  /** Where object `num` lives in this view, or `undefined` when it is free or missing. */
  location(num: number): ObjectLocation | undefined {
    const cached = this.locations.get(num);
    if (cached !== undefined) return cached ?? undefined;
    this.resolve(num);
    return this.locations.get(num) ?? undefined;
  }

  /** The value of object `num` (the PDF null when free, missing or unreadable). */
  resolve(num: number): PdfValue {
    const cached = this.resolved.get(num);
    if (cached !== undefined) return cached;
    if (this.resolving.has(num)) return null;
    this.resolving.add(num);
    let value: PdfValue = null;
    let location: ObjectLocation | null = null;
    let quirks: readonly Quirk[] | undefined;
    const located = this.entry(num);
    if (located?.entry.type === 'offset') {
      const offset = located.entry.offset;
      if (offset < this.end) {
        const object = this.file.objectAt(offset, this);
        if (object && object.num === num && object.end <= this.end + 1) {
          value = object.value;
          location = { type: 'file', offset, end: object.end };
          quirks = object.gen === located.entry.gen ? object.quirks : [...(object.quirks ?? []), 'generation'];
        } else if (object && object.num !== num) {
          this.problems.push('structure.xref-offset-mismatch');
        }
      }
    } else if (located?.entry.type === 'compressed') {
      const streamEntry = this.entry(located.entry.stream);
      if (streamEntry?.entry.type === 'offset' && streamEntry.entry.offset < this.end) {
        const content = this.file.objectStreamAt(streamEntry.entry.offset, this);
        const found = content && objectFromStream(content, located.entry.index, num, this.file.budget);
        if (found !== undefined) {
          value = found.value;
          location = { type: 'object-stream', stream: located.entry.stream, streamOffset: streamEntry.entry.offset, index: located.entry.index };
          if (found.quirks.length > 0) quirks = found.quirks;
        }
      }
    }
    this.resolving.delete(num);
    this.resolved.set(num, value);
    this.locations.set(num, location);
    if (quirks && quirks.length > 0) this.objectQuirks.set(num, quirks);
    return value;
  }

  /**
   * Where readers may read object `num` differently: what its parse noted, and `generation` when
   * its header, its cross-reference entry or a reference to it (seen so far) disagree.
   */
  quirks(num: number): readonly Quirk[] {
    this.resolve(num);
    const own = this.objectQuirks.get(num) ?? [];
    return this.generationMismatches.has(num) && !own.includes('generation') ? [...own, 'generation'] : own;
  }

  /** The generation the view holds for object `num` (0 for compressed objects), if it is in use. */
  generation(num: number): number | undefined {
    const entry = this.entry(num)?.entry;
    return entry?.type === 'offset' ? entry.gen : entry?.type === 'compressed' ? 0 : undefined;
  }

  /**
   * Follows a reference (one level); other values are returned as they are. A reference whose
   * generation is not the object's still resolves (as lenient readers do) but is noted in
   * {@link generationMismatches}, since strict readers find nothing there.
   */
  deref(value: PdfValue | undefined): PdfValue | undefined {
    const ref = asRef(value);
    if (!ref) return value;
    const generation = this.generation(ref.num);
    if (generation !== undefined && generation !== ref.gen) this.generationMismatches.add(ref.num);
    return this.resolve(ref.num);
  }

  /** `deref(dict.get(key))` for a dictionary or stream. */
  get(container: PdfValue | undefined, key: string): PdfValue | undefined {
    return this.deref(asDict(container)?.entries.get(key));
  }

  /** All object numbers this view's chain lists as in use, newest definition first. */
  *objectNumbers(): Iterable<number> {
    if (this.scanned) {
      yield* this.scanned.keys();
      return;
    }
    const seen = new Set<number>();
    for (const section of this.chain) {
      for (const [num, entry] of section.entries) {
        if (seen.has(num)) continue;
        seen.add(num);
        if (entry.type !== 'free') yield num;
      }
    }
  }
}

const SCANNED_SECTION: XrefSection = {
  offset: -1, kind: 'table', entries: new Map(), trailer: { kind: 'dict', entries: new Map(), start: -1, end: -1 }, end: -1, problems: [],
};

function mergeHybrid(table: XrefSection, stream: XrefSection): XrefSection {
  // In a hybrid file the stream lists the objects the table hides from older readers (as free).
  // Both listing one object in use at different places is read one way by table readers and
  // another by stream readers.
  const entries = new Map<number, XrefEntry>(table.entries);
  const quirks = new Set<Quirk>([...(table.quirks ?? []), ...(stream.quirks ?? [])]);
  for (const [num, entry] of stream.entries) {
    const own = table.entries.get(num);
    if (!own || own.type === 'free') entries.set(num, entry);
    else if (entry.type !== 'free' && !sameEntry(own, entry)) quirks.add('duplicate-object');
  }
  return { ...table, entries, problems: [...table.problems, ...stream.problems], hybrid: true, ...(quirks.size > 0 ? { quirks: [...quirks] } : {}) };
}

export { listRevisions, onlyWhitespace, type Revision } from './revisions.js';
