/**
 * The objects a document uses: everything its catalog reaches (pages, resources, annotations, the
 * form, outlines, names…) except its validation data (`/DSS`, `/Metadata`). An object that a rule
 * accepts as validation data or structure must not be one of them, or rewriting, say, a page's
 * content stream and calling it a DSS entry would pass as a harmless change.
 */
import type { PdfView } from '../pdf/document.js';
import { asRef, type PdfValue } from '../pdf/objects.js';

/** Objects used by a view, and whether the walk saw all of them. */
export interface UsedObjects {
  readonly objects: ReadonlySet<number>;
  readonly complete: boolean;
}

const MAX_USED_OBJECTS = 1_000_000;
const VALIDATION_DATA = new Set(['DSS', 'Metadata']);
const cache = new WeakMap<PdfView, UsedObjects>();

/** The objects `view` uses (cached per view). A reference counts even when it resolves to nothing. */
export function usedObjects(view: PdfView): UsedObjects {
  const cached = cache.get(view);
  if (cached) return cached;
  const objects = new Set<number>();
  const stack: PdfValue[] = [];
  const root = asRef(view.trailerValue('Root'));
  if (root) objects.add(root.num);
  for (const [key, value] of view.catalog?.entries ?? []) if (!VALIDATION_DATA.has(key)) stack.push(value);
  let complete = true;
  while (stack.length > 0) {
    if (objects.size >= MAX_USED_OBJECTS || view.file.exhausted) {
      complete = false;
      break;
    }
    const value = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    switch (value.kind) {
      case 'ref':
        if (!objects.has(value.num)) {
          objects.add(value.num);
          stack.push(view.deref(value) ?? null);
        } else {
          view.deref(value); // notes a generation mismatch even on a second path
        }
        break;
      case 'array':
        for (const item of value.items) stack.push(item);
        break;
      case 'dict':
        for (const item of value.entries.values()) stack.push(item);
        break;
      case 'stream':
        stack.push(value.dict);
        break;
      default:
        break;
    }
  }
  const result = { objects, complete };
  cache.set(view, result);
  return result;
}
