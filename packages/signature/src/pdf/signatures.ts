/** Finding the signatures in a document: every signature field that holds a value, in every revision. */
import { listFields, hasArea, type FormField } from './acroform.js';
import { listPages } from './pages.js';
import { decodeTextString } from './text.js';
import type { ObjectLocation, PdfView, Revision } from './document.js';
import { asDict, asName, asRef, asString, canonical, type PdfDict } from './objects.js';

/** A signature dictionary found through a signature field. */
export interface FoundSignature {
  readonly fieldName: string;
  readonly fieldNum?: number;
  /** Object number of the signature dictionary (`/V`), when it is indirect. */
  readonly dictNum?: number;
  readonly dict: PdfDict;
  /** Where the signature dictionary lives (the field's object when `/V` is direct). */
  readonly location?: ObjectLocation;
  /** `/Type` of the dictionary: `Sig` or `DocTimeStamp` (absent means `Sig`). */
  readonly type: string;
  readonly subFilter?: string;
  /** The field's `/Lock` dictionary (FieldMDP for this field's signature). */
  readonly lock?: PdfDict;
  /** True when a widget has a non-empty rectangle. */
  readonly visible: boolean;
  /** False when a later revision removed the field or replaced its value. */
  readonly presentInFinal: boolean;
  /** True when only a page's annotations reach the field, not the form (`/AcroForm`). */
  readonly outsideForm?: boolean;
}

const MAX_SIGNATURES = 256;

/**
 * Signature widgets reachable from pages but not from the form (a damaged `/AcroForm`): viewers
 * such as Poppler still show them, so they are verified too.
 */
function orphanSignatureFields(view: PdfView, known: Set<number>): FormField[] {
  const fields: FormField[] = [];
  for (const page of listPages(view).pages) {
    for (const num of page.annotations) {
      if (known.has(num)) continue;
      const dict = asDict(view.resolve(num));
      if (!dict || asName(dict.entries.get('Subtype')) !== 'Widget') continue;
      let field: PdfDict | undefined = dict;
      let fieldNum = num;
      const names: string[] = [];
      for (let depth = 0; field && depth < 16; depth++) {
        const t = decodeTextString(asString(view.deref(field.entries.get('T'))));
        if (t !== undefined) names.unshift(t);
        const parent = asRef(field.entries.get('Parent'));
        if (!parent || field.entries.has('FT')) break;
        fieldNum = parent.num;
        field = asDict(view.resolve(parent.num));
      }
      if (!field || asName(view.deref(field.entries.get('FT'))) !== 'Sig') continue;
      const value = field.entries.get('V');
      fields.push({ name: names.join('.'), num: fieldNum, dict: field, type: 'Sig', ...(value !== undefined ? { value } : {}), widgets: [{ num, dict }], objects: [fieldNum, num] });
    }
  }
  return fields;
}

function collect(view: PdfView): FoundSignature[] {
  const found: FoundSignature[] = [];
  const formFields = listFields(view);
  const known = new Set(formFields.flatMap((f) => f.objects));
  const orphans = orphanSignatureFields(view, known);
  for (const field of [...formFields, ...orphans]) {
    if (field.type !== 'Sig' || field.value === undefined) continue;
    const ref = asRef(field.value);
    const dict = asDict(view.deref(field.value));
    if (!dict) continue;
    const location = ref ? view.location(ref.num) : field.num !== undefined ? view.location(field.num) : undefined;
    const subFilter = asName(view.deref(dict.entries.get('SubFilter')));
    const lock = asDict(view.deref(field.dict.entries.get('Lock')));
    found.push({
      fieldName: field.name,
      ...(field.num !== undefined ? { fieldNum: field.num } : {}),
      ...(ref ? { dictNum: ref.num } : {}),
      dict,
      ...(location ? { location } : {}),
      type: asName(view.deref(dict.entries.get('Type'))) ?? 'Sig',
      ...(subFilter ? { subFilter } : {}),
      ...(lock ? { lock } : {}),
      visible: field.widgets.some((w) => hasArea(view, w.dict)),
      presentInFinal: true,
      ...(orphans.includes(field) ? { outsideForm: true } : {}),
    });
    if (found.length >= MAX_SIGNATURES) break;
  }
  return found;
}

/**
 * What makes two findings the same signature: field, object and dictionary content — not where the
 * object sits, so a dictionary re-saved unchanged by a later revision is not mistaken for a removed one.
 */
function identity(s: FoundSignature): string {
  const entries = new Map(s.dict.entries);
  const contents = asString(entries.get('Contents'));
  entries.delete('Contents');
  const digest = contents ? `${contents.bytes.length}:${[...contents.bytes.subarray(0, 32), ...contents.bytes.subarray(-32)].join(',')}` : '-';
  return `${s.dictNum ?? 'direct'}|${s.fieldName}|${canonical({ ...s.dict, entries })}|${digest}`;
}

/**
 * Signatures in the current document, then those that earlier revisions had and later ones
 * removed, and those of revisions the cross-reference chain skips (`hiddenEnds`: where such a
 * revision ends). A removed or skipped signature is still reported, so hiding it cannot make
 * the document look unsigned.
 */
export function findSignatures(finalView: PdfView, revisions: readonly Revision[], hiddenEnds: readonly number[] = []): FoundSignature[] {
  const all = collect(finalView);
  const seen = new Set(all.map(identity));
  const ends = [...[...revisions].reverse().slice(1, 64).map((r) => r.end), ...hiddenEnds.slice(0, 64)];
  for (const end of ends) {
    if (all.length >= MAX_SIGNATURES) break;
    for (const signature of collect(finalView.file.view(end))) {
      const id = identity(signature);
      if (seen.has(id)) continue;
      seen.add(id);
      all.push({ ...signature, presentInFinal: false });
    }
  }
  return all;
}
