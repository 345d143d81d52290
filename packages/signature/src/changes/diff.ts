/** Which objects a revision added, modified or removed, compared with the revision before it. */
import type { PdfView } from '../pdf/document.js';
import { asName, asStream, type PdfValue } from '../pdf/objects.js';

/** What happened to one object number. */
export type ObjectChange = 'added' | 'modified' | 'removed';

const MAX_CANDIDATES = 1_000_000;

function sameLocation(a: ReturnType<PdfView['location']>, b: ReturnType<PdfView['location']>): boolean {
  if (!a || !b || a.type !== b.type) return false;
  if (a.type === 'file' && b.type === 'file') return a.offset === b.offset;
  if (a.type === 'object-stream' && b.type === 'object-stream') return a.streamOffset === b.streamOffset && a.index === b.index;
  return false;
}

/** Deep equality of two values, ignoring where they sit; stream data is compared byte for byte. */
export function sameValue(a: PdfValue | undefined, b: PdfValue | undefined, bytes: Uint8Array, depth = 0): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (a.kind !== b.kind || depth > 48) return false;
  switch (a.kind) {
    case 'name':
      return a.value === (b as typeof a).value;
    case 'number':
      return a.value === (b as typeof a).value;
    case 'ref':
      return a.num === (b as typeof a).num && a.gen === (b as typeof a).gen;
    case 'string': {
      const other = b as typeof a;
      if (a.bytes.length !== other.bytes.length) return false;
      for (let i = 0; i < a.bytes.length; i++) if (a.bytes[i] !== other.bytes[i]) return false;
      return true;
    }
    case 'array': {
      const other = b as typeof a;
      return a.items.length === other.items.length && a.items.every((item, i) => sameValue(item, other.items[i], bytes, depth + 1));
    }
    case 'dict': {
      const other = b as typeof a;
      if (a.entries.size !== other.entries.size) return false;
      for (const [key, value] of a.entries) {
        if (!other.entries.has(key) || !sameValue(value, other.entries.get(key), bytes, depth + 1)) return false;
      }
      return true;
    }
    case 'stream': {
      const other = b as typeof a;
      if (!sameValue(a.dict, other.dict, bytes, depth + 1)) return false;
      const length = a.dataEnd - a.dataStart;
      if (length !== other.dataEnd - other.dataStart) return false;
      if (a.dataStart === other.dataStart) return true;
      for (let i = 0; i < length; i++) if (bytes[a.dataStart + i] !== bytes[other.dataStart + i]) return false;
      return true;
    }
  }
}

function isSuffix(older: PdfView, newer: PdfView): number | undefined {
  const k = newer.chain.length - older.chain.length;
  if (k < 0 || older.chain.length === 0) return undefined;
  for (let i = 0; i < older.chain.length; i++) if (older.chain[i]!.offset !== newer.chain[k + i]!.offset) return undefined;
  return k;
}

/**
 * Compares two views of the same file. Normally only the objects the newer revision's
 * cross-reference sections list are looked at; when the newer chain does not extend the older one
 * (a broken `/Prev`, a reconstructed file) every object is compared. An object saved again under
 * another generation number counts as modified even when its value is the same: references to
 * the old generation no longer reach it in strict readers. `listed` are the objects looked at.
 */
export function diffViews(older: PdfView, newer: PdfView): { changes: Map<number, ObjectChange>; complete: boolean; listed: ReadonlySet<number> } {
  const changes = new Map<number, ObjectChange>();
  const candidates = new Set<number>();
  const k = older.reconstructed || newer.reconstructed ? undefined : isSuffix(older, newer);
  if (k !== undefined) {
    for (const section of newer.chain.slice(0, k)) for (const num of section.entries.keys()) candidates.add(num);
  } else {
    for (const num of older.objectNumbers()) candidates.add(num);
    for (const num of newer.objectNumbers()) candidates.add(num);
  }
  let complete = candidates.size <= MAX_CANDIDATES;
  let compressedIndex: Map<number, number[]> | undefined;
  const queue = [...candidates].slice(0, MAX_CANDIDATES);
  const bytes = newer.file.bytes;
  for (let i = 0; i < queue.length; i++) {
    if (newer.file.exhausted) {
      complete = false;
      break;
    }
    const num = queue[i]!;
    const before = older.location(num);
    const after = newer.location(num);
    if (!before && !after) continue;
    let change: ObjectChange | undefined;
    if (!before) change = 'added';
    else if (!after) change = 'removed';
    else if (sameLocation(before, after)) change = undefined;
    else if (older.generation(num) !== newer.generation(num) || !sameValue(older.resolve(num), newer.resolve(num), bytes)) change = 'modified';
    if (!change) continue;
    changes.set(num, change);
    // A rewritten object stream changes every object stored in it, listed again or not.
    if (change === 'modified' && asName(asStream(newer.resolve(num))?.dict.entries.get('Type')) === 'ObjStm') {
      compressedIndex ??= indexCompressed(newer);
      for (const member of compressedIndex.get(num) ?? []) {
        if (!candidates.has(member)) {
          candidates.add(member);
          queue.push(member);
        }
      }
    }
  }
  return { changes, complete, listed: candidates };
}

function indexCompressed(view: PdfView): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (const num of view.objectNumbers()) {
    const entry = view.entry(num)?.entry;
    if (entry?.type !== 'compressed') continue;
    const list = index.get(entry.stream) ?? [];
    list.push(num);
    index.set(entry.stream, list);
  }
  return index;
}
