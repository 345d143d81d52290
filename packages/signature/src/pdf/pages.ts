/** The page tree: which page objects exist and which annotations each carries. */
import type { PdfView } from './document.js';
import { asArray, asDict, asName, asRef, type PdfDict, type PdfValue } from './objects.js';

/** A page as found in the tree. */
export interface PageNode {
  /** 1-based page number. */
  readonly number: number;
  readonly num?: number;
  readonly dict: PdfDict;
  /** Object numbers of the `/Annots` entries that are references. */
  readonly annotations: readonly number[];
  /** Object number of the `/Annots` array when it is indirect. */
  readonly annotsArray?: number;
}

const MAX_PAGES = 100_000;
const MAX_DEPTH = 64;

/** The view's pages in order, plus the object numbers of the intermediate `/Pages` nodes. Bounded and cycle-safe. */
export function listPages(view: PdfView): { pages: PageNode[]; nodes: number[] } {
  const pages: PageNode[] = [];
  const nodes: number[] = [];
  const visited = new Set<number>();
  const walk = (value: PdfValue | undefined, depth: number) => {
    if (pages.length >= MAX_PAGES || depth > MAX_DEPTH || value === undefined) return;
    const ref = asRef(value);
    if (ref) {
      if (visited.has(ref.num)) return;
      visited.add(ref.num);
    }
    const dict = asDict(view.deref(value));
    if (!dict) return;
    const type = asName(dict.entries.get('Type'));
    const kids = asArray(view.deref(dict.entries.get('Kids')));
    if (type === 'Pages' || (type !== 'Page' && kids)) {
      if (ref) nodes.push(ref.num);
      for (const kid of kids ?? []) walk(kid, depth + 1);
      return;
    }
    const annotsValue = dict.entries.get('Annots');
    const annotsRef = asRef(annotsValue);
    const annotations = (asArray(view.deref(annotsValue)) ?? []).map((a) => asRef(a)?.num).filter((n): n is number => n !== undefined);
    pages.push({ number: pages.length + 1, ...(ref ? { num: ref.num } : {}), dict, annotations, ...(annotsRef ? { annotsArray: annotsRef.num } : {}) });
  };
  walk(view.catalog?.entries.get('Pages'), 0);
  return { pages, nodes };
}
