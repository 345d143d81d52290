/** Interactive form fields: the tree under `/AcroForm /Fields`, with inherited names and types. */
import type { PdfView } from './document.js';
import { asArray, asDict, asName, asRef, asString, type PdfDict, type PdfValue } from './objects.js';
import { decodeTextString } from './text.js';

/** One terminal field (it has a value and widgets), with what it inherits. */
export interface FormField {
  /** Fully qualified name, `parent.child`. */
  readonly name: string;
  /** Object number of the field dictionary, when it is an indirect object. */
  readonly num?: number;
  readonly dict: PdfDict;
  /** Field type (`Sig`, `Tx`, `Btn`, `Ch`), inherited from ancestors if needed. */
  readonly type?: string;
  /** The `/V` entry as written (a reference for signatures). */
  readonly value?: PdfValue;
  /** Widget annotations: the field itself when merged, else its kids without `/T`. */
  readonly widgets: readonly { num?: number; dict: PdfDict }[];
  /** Object numbers of the field and all its ancestors and widgets. */
  readonly objects: readonly number[];
}

const MAX_FIELDS = 20_000;
const MAX_DEPTH = 32;

/** All terminal fields of the view's form, in tree order. Bounded and cycle-safe. */
export function listFields(view: PdfView): FormField[] {
  const acroForm = asDict(view.get(view.catalog, 'AcroForm'));
  const roots = asArray(view.deref(acroForm?.entries.get('Fields'))) ?? [];
  const fields: FormField[] = [];
  const visited = new Set<number>();
  const walk = (value: PdfValue, parentName: string, inheritedType: string | undefined, ancestors: number[], depth: number) => {
    if (fields.length >= MAX_FIELDS || depth > MAX_DEPTH) return;
    const ref = asRef(value);
    if (ref) {
      if (visited.has(ref.num)) return;
      visited.add(ref.num);
    }
    const dict = asDict(view.deref(value));
    if (!dict) return;
    const partial = decodeTextString(asString(view.deref(dict.entries.get('T'))));
    const name = partial === undefined ? parentName : parentName ? `${parentName}.${partial}` : partial;
    const type = asName(view.deref(dict.entries.get('FT'))) ?? inheritedType;
    const objects = ref ? [...ancestors, ref.num] : ancestors;
    const kids = asArray(view.deref(dict.entries.get('Kids'))) ?? [];
    const fieldKids = kids.filter((kid) => asDict(view.deref(kid))?.entries.has('T'));
    if (fieldKids.length > 0 && fieldKids.length === kids.length) {
      for (const kid of kids) walk(kid, name, type, objects, depth + 1);
      return;
    }
    const widgets: { num?: number; dict: PdfDict }[] = [];
    if (kids.length === 0) {
      widgets.push(ref ? { num: ref.num, dict } : { dict });
    }
    for (const kid of kids) {
      const kidRef = asRef(kid);
      const kidDict = asDict(view.deref(kid));
      if (!kidDict) continue;
      if (kidDict.entries.has('T')) {
        walk(kid, name, type, objects, depth + 1);
        continue;
      }
      if (kidRef) visited.add(kidRef.num);
      widgets.push(kidRef ? { num: kidRef.num, dict: kidDict } : { dict: kidDict });
    }
    const widgetNums = widgets.map((w) => w.num).filter((n): n is number => n !== undefined && n !== ref?.num);
    const value2 = dict.entries.get('V');
    fields.push({
      name,
      ...(ref ? { num: ref.num } : {}),
      dict,
      ...(type ? { type } : {}),
      ...(value2 !== undefined ? { value: value2 } : {}),
      widgets,
      objects: [...objects, ...widgetNums],
    });
  };
  for (const root of roots) walk(root, '', undefined, [], 0);
  return fields;
}

/** True when an annotation has a non-empty rectangle (it can show something on the page). */
export function hasArea(view: PdfView, dict: PdfDict): boolean {
  const rect = asArray(view.deref(dict.entries.get('Rect')));
  if (!rect || rect.length !== 4) return false;
  const n = rect.map((v) => {
    const d = view.deref(v);
    return d && typeof d === 'object' && d.kind === 'number' ? d.value : 0;
  });
  return Math.abs(n[2]! - n[0]!) * Math.abs(n[3]! - n[1]!) > 0;
}
